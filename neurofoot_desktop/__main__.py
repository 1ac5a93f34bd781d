from neurofoot_desktop.cli import main

raise SystemExit(main())
