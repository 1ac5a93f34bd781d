"""Reminders on screen: the driver that asks the core on a timer, the tray and notifications,
the calm banner where there is no tray, and the plan editor. Loaded after the first paint."""
