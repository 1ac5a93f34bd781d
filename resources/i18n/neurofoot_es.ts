<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../neurofoot_desktop/app.py" line="+118"/>
        <source>{sessions} with {ratings}</source>
        <translation>{sessions} con {ratings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step rating(s)</source>
        <translation>
            <numerusform>%n valoración de paso</numerusform>
            <numerusform>%n valoraciones de pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NeuroFoot could not find its log file, so it has put back the backup made on {when}: {entries}.</source>
        <translation>NeuroFoot no encontró su archivo de registro, así que ha recuperado la copia de seguridad del {when}: {entries}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NeuroFoot&apos;s log file was damaged, so NeuroFoot has repaired what it could.</source>
        <translation>El archivo de registro de NeuroFoot estaba dañado, así que NeuroFoot ha reparado lo que ha podido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was deleted: the damaged file has been kept here:
{path}</source>
        <translation>No se ha borrado nada: el archivo dañado se ha guardado aquí:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read back from the damaged file: {entries}.</source>
        <translation>Recuperado del archivo dañado: {entries}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added from the backup made on {when}: {entries} that could no longer be read. Sessions you deleted after that day may have come back.</source>
        <translation>Añadido desde la copia de seguridad del {when}: {entries} que ya no se podían leer. Puede que vuelvan a aparecer sesiones que usted borró después de ese día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The NeuroFoot log in {folder} was saved by a newer version of NeuroFoot, which this version cannot read.

Please update NeuroFoot. Your log has not been changed in any way.</source>
        <translation>El registro de NeuroFoot en {folder} se guardó con una versión más nueva de NeuroFoot, y esta versión no puede leerlo.

Por favor, actualice NeuroFoot. Su registro no se ha modificado en absoluto.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>NeuroFoot cannot use its data folder {folder}:
{reason}</source>
        <translation>NeuroFoot no puede usar su carpeta de datos {folder}:
{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NeuroFoot is already open with this data folder, but it is not answering. Please wait a moment and try again.</source>
        <translation>NeuroFoot ya está abierto con esta carpeta de datos, pero no responde. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NeuroFoot cannot open its log.

{reason}</source>
        <translation>NeuroFoot no puede abrir su registro.

{reason}</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/files/restore.py" line="+27"/>
        <source>There are no backups yet. NeuroFoot makes one each day after a session.</source>
        <translation>Todavía no hay copias de seguridad. NeuroFoot hace una cada día, después de una sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which backup should NeuroFoot go back to?</source>
        <translation>¿A qué copia de seguridad quiere volver?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to the backup made on {when}?

Everything entered after it will no longer be shown. Your log as it is now is kept in a separate file first, so nothing is lost.</source>
        <translation>¿Volver a la copia de seguridad del {when}?

Lo que se anotó después ya no se mostrará. Antes, su registro tal como está ahora se guarda en un archivo aparte, así que no se pierde nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to this backup</source>
        <translation>Volver a esta copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the log as it is</source>
        <translation>Dejar el registro como está</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be restored. Your log has not been changed.

{reason}</source>
        <translation>No se ha podido restaurar la copia de seguridad. Su registro no se ha modificado.

{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup made on {when} has been restored.

Your log as it was before is kept here:
{path}</source>
        <translation>Se ha restaurado la copia de seguridad del {when}.

Su registro tal como estaba antes se guarda aquí:
{path}</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/files/actions.py" line="+44"/>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The whole log</source>
        <translation>Todo el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 3 months, with every session and note (appendix)</source>
        <translation>Los últimos 3 meses, con cada sesión y nota (anexo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole log, with every session and note (appendix)</source>
        <translation>Todo el registro, con cada sesión y nota (anexo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other dates…</source>
        <translation>Otras fechas…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Which period should the report cover?</source>
        <translation>¿Qué periodo debe abarcar el informe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the first and latest photos of the feet</source>
        <translation>Con la primera y la última foto de los pies</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>First day (YYYY-MM-DD):</source>
        <translation>Primer día (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (YYYY-MM-DD):</source>
        <translation>Último día (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write the dates as YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, por ejemplo 2026-01-31.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add every session and note of the period (appendix)?</source>
        <translation>¿Añadir cada sesión y nota del periodo (anexo)?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export as {kind}</source>
        <translation>Exportar como {kind}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting {kind}…</source>
        <translation>Exportando {kind}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported.

{reason}</source>
        <translation>No se ha exportado nada.

{reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n session(s) to:
{path}</source>
        <translation>
            <numerusform>Se ha exportado %n sesión a:
{path}</numerusform>
            <numerusform>Se han exportado %n sesiones a:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a NeuroFoot log</source>
        <translation>Importar un registro de NeuroFoot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NeuroFoot log (*.json)</source>
        <translation>Registro de NeuroFoot (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not imported, and nothing was changed.

{reason}</source>
        <translation>El archivo no se ha importado y no ha cambiado nada.

{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {added} new sessions ({present} were already here).</source>
        <translation>Se han importado {added} sesiones nuevas ({present} ya estaban aquí).</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/dialog.py" line="+186"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Some saved settings could not be read and were reset.</source>
        <translation>⚠ Algunos ajustes guardados no se pudieron leer y se han restablecido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings sections</source>
        <translation>Apartados de los ajustes</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/voice.py" line="+104"/>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/session.py" line="+121"/>
        <source>How long each step lasts on each foot, in minutes and seconds.</source>
        <translation>Cuánto dura cada paso en cada pie, en minutos y segundos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{step}: minutes and seconds on each foot</source>
        <translation>{step}: minutos y segundos en cada pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of the steps</source>
        <translation>Orden de los pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All steps on one foot, then the other foot</source>
        <translation>Todos los pasos en un pie y después en el otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step on both feet before the next step</source>
        <translation>Cada paso en los dos pies antes del paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with</source>
        <translation>Empezar por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order: all steps on one foot, then the other foot</source>
        <translation>Orden: todos los pasos en un pie y después en el otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order: each step on both feet before the next step</source>
        <translation>Orden: cada paso en los dos pies antes del paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the left foot</source>
        <translation>Empezar por el pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the right foot</source>
        <translation>Empezar por el pie derecho</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/hands_free.py" line="+47"/>
        <location line="+1"/>
        <source>Hands-free mode</source>
        <translation>Modo manos libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between steps a spoken and visible countdown starts the next step by itself, so lotion-covered hands can stay on the foot. Any key pauses it.</source>
        <translation>Entre un paso y otro, una cuenta atrás hablada y en pantalla empieza sola el paso siguiente, así las manos con crema pueden seguir en el pie. Cualquier tecla la detiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get-ready countdown</source>
        <translation>Cuenta atrás para prepararse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get-ready countdown in seconds</source>
        <translation>Cuenta atrás para prepararse, en segundos</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/sound.py" line="+62"/>
        <location line="+1"/>
        <source>Play sound cues</source>
        <translation>Avisos con sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sound volume</source>
        <translation>Volumen del sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Test sound</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/voice.py" line="-3"/>
        <location line="+1"/>
        <source>Speak the guidance aloud</source>
        <translation>Leer las indicaciones en voz alta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Speaking speed</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From slower on the left to faster</source>
        <translation>De más lenta, a la izquierda, a más rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Test voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/display.py" line="+100"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size in percent</source>
        <translation>Tamaño del texto, en porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours: {choice}</source>
        <translation>Colores: {choice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: {choice}</source>
        <translation>Idioma: {choice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows the next time NeuroFoot starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que abra NeuroFoot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is how large the text will be.</source>
        <translation>Así de grande se verá el texto.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/dialog.py" line="+4"/>
        <source>Restore defaults</source>
        <translation>Volver a los valores iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore all settings to their defaults</source>
        <translation>Devolver todos los ajustes a sus valores iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/dialogs.py" line="+209"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/camera.py" line="+184"/>
        <source>No camera was found, so the photo can come from a file.</source>
        <translation>No se ha encontrado ninguna cámara; la foto puede venir de un archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sole</source>
        <translation>planta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of the {foot}, {view}</source>
        <translation>Foto del {foot}, {view}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a photo of the foot</source>
        <translation>Añadir una foto del pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.heif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The photo was not kept: {reason} The check goes on without it.</source>
        <translation>La foto no se ha guardado: {reason} La revisión sigue sin ella.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/files/progress.py" line="+39"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/reminders.py" line="+88"/>
        <source>A reminder comes only on the days you plan, and only when that day&apos;s session is not done yet. A day the safety questions said no massage counts as done.</source>
        <translation>Un recordatorio llega solo los días que planee, y solo si la sesión de ese día aún no está hecha. Un día en que las preguntas de seguridad dijeron que no hubiera masaje cuenta como hecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a person on the start page to plan their sessions.</source>
        <translation>Elija a una persona en la página de inicio para planear sus sesiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan for {name}</source>
        <translation>El plan de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan sessions for {name}</source>
        <translation>Planear sesiones para {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where reminders appear</source>
        <translation>Dónde aparecen los recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reminder appears beside the NeuroFoot icon in the tray. Closing the window can keep NeuroFoot running there.</source>
        <translation>Un recordatorio aparece junto al icono de NeuroFoot en la bandeja del sistema. Al cerrar la ventana, NeuroFoot puede seguir funcionando allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no tray icon, so a reminder raises the NeuroFoot window with a calm banner at its top. Keep NeuroFoot open (minimised is fine) to be reminded.</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que un recordatorio trae al frente la ventana de NeuroFoot con un aviso tranquilo arriba. Deje NeuroFoot abierto (puede estar minimizado) para recibir recordatorios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start NeuroFoot when I log in</source>
        <translation>Iniciar NeuroFoot cuando entre en mi sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NeuroFoot then starts out of sight when you log in and shows itself when a reminder is due.</source>
        <translation>NeuroFoot se inicia entonces sin mostrarse al entrar en la sesión y aparece cuando toca un recordatorio.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/files/export_process.py" line="+103"/>
        <source>The export could not be made ({reason}).</source>
        <translation>No se pudo hacer la exportación ({reason}).</translation>
    </message>
</context>
<context>
    <name>Adherence</name>
    <message>
        <location filename="../../neurofoot_desktop/charts/adherence.py" line="+31"/>
        <source>sessions held</source>
        <translation>sesiones hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>previstas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back for safety</source>
        <translation>aplazadas por seguridad</translation>
    </message>
</context>
<context>
    <name>AdherenceSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/adherence.py" line="+104"/>
        <source>Sessions each week, against the plan</source>
        <translation>Sesiones por semana, frente al plan</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{done} of %n planned session(s) held in this period.</source>
        <translation>
            <numerusform>{done} de %n sesión prevista hecha en este periodo.</numerusform>
            <numerusform>{done} de %n sesiones previstas hechas en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n held back by the safety questions, as they should be.</source>
        <translation>
            <numerusform>%n aplazada por las preguntas de seguridad, como debe ser.</numerusform>
            <numerusform>%n aplazadas por las preguntas de seguridad, como debe ser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more beyond the plan.</source>
        <translation>
            <numerusform>%n más fuera del plan.</numerusform>
            <numerusform>%n más fuera del plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+275"/>
        <source>If pain continues or gets worse, contact your doctor.</source>
        <translation>Si el dolor continúa o empeora, hable con su médico.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/camera.py" line="-94"/>
        <source>Line the foot up with the faint picture of last time.</source>
        <translation>Coloque el pie sobre la imagen tenue de la última vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the photo</source>
        <translation>Hacer la foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a file instead…</source>
        <translation>Usar un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You can add a photo from a file.</source>
        <translation>Puede añadir una foto desde un archivo.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/chart_base.py" line="+226"/>
        <source>Warning signs before the session</source>
        <translation>Señales de alarma antes de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: it hurt</source>
        <translation>Detenido: dolió</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{date} · warning signs before the session: {signs}</source>
        <translation>{date} · señales de alarma antes de la sesión: {signs}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> during {step}, {foot}</source>
        <translation> durante {step}, {foot}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} · stopped: it hurt{where}</source>
        <translation>{date} · detenido: dolió{where}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>both feet</source>
        <translation>los dos pies</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>No sessions in this period</source>
        <translation>No hay sesiones en este periodo</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../neurofoot_desktop/charts/sentence.py" line="+22"/>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: no sessions.</source>
        <translation>{when}: ninguna sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: {n} sessions, none rated.</source>
        <translation>{when}: {n} sesiones, ninguna valorada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, the same as the period before</source>
        <translation>, igual que en el periodo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, up {d} from the period before</source>
        <translation>, {d} más que en el periodo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, down {d} from the period before</source>
        <translation>, {d} menos que en el periodo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} comfort averaged {avg} of 10 over {n} sessions{versus}.</source>
        <translation>{when} la comodidad media fue {avg} de 10 en {n} sesiones{versus}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 session stopped because it hurt.</source>
        <translation>1 sesión se detuvo porque dolía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sessions stopped because it hurt.</source>
        <translation>{n} sesiones se detuvieron porque dolía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day with warning signs.</source>
        <translation>1 día con señales de alarma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days with warning signs.</source>
        <translation>{n} días con señales de alarma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stops because it hurt and no warning signs.</source>
        <translation>Ninguna parada por dolor y ninguna señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/charts/symptoms.py" line="+54"/>
        <source>in the last 2 weeks</source>
        <translation>en las últimas 2 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last 3 months</source>
        <translation>en los últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last year</source>
        <translation>en el último año</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from {first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough yet to say whether it helps: {n} of the {k} sessions needed have a score both before and after.</source>
        <translation>Aún no hay datos suficientes para saber si ayuda: {n} de las {k} sesiones necesarias tienen una puntuación antes y después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On average {symptom} was about the same after a massage as before, over {n} sessions {when}.</source>
        <translation>De media, la puntuación de {symptom} fue más o menos igual después de un masaje que antes, en {n} sesiones {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On average {symptom} was {d} points lower after a massage, over {n} sessions {when}.</source>
        <translation>De media, la puntuación de {symptom} fue {d} puntos más baja después de un masaje, en {n} sesiones {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On average {symptom} was {d} points higher after a massage, over {n} sessions {when}.</source>
        <translation>De media, la puntuación de {symptom} fue {d} puntos más alta después de un masaje, en {n} sesiones {when}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{symptom}: about the same</source>
        <translation>{symptom}: más o menos igual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom}: {d} points lower</source>
        <translation>{symptom}: {d} puntos menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom}: {d} points higher</source>
        <translation>{symptom}: {d} puntos más</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly average (dashed: before)</source>
        <translation>media semanal (discontinua: antes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped because it hurt</source>
        <translation>parada porque dolía</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/charts_panel.py" line="+78"/>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light touch</source>
        <translation>Toque ligero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feet:</source>
        <translation>Pies:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day shown</source>
        <translation>Primer día que se muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day shown</source>
        <translation>Último día que se muestra</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a picture</source>
        <translation>Guardar este gráfico como imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a drawing that stays sharp at any size</source>
        <translation>Guardar este gráfico como un dibujo que se ve nítido a cualquier tamaño</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Values under the mouse</source>
        <translation>Valores bajo el ratón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a mark to see its exact values; click it to open that session.</source>
        <translation>Señale una marca para ver sus valores exactos; haga clic en ella para abrir esa sesión.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chart was not saved</source>
        <translation>El gráfico no se ha guardado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>NeuroFoot could not write {path}: {e}. Please choose another folder.</source>
        <translation>NeuroFoot no pudo escribir {path}: {e}. Por favor, elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the chart as {path}.</source>
        <translation>El gráfico se ha guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>ComfortChart</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/charts.py" line="+43"/>
        <source>Comfort (0–10)</source>
        <translation>Comodidad (0–10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average of both feet</source>
        <translation>media de los dos pies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · thick lines: 4-week average</source>
        <translation> · líneas gruesas: media de 4 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfort after each step — 0 painful, 10 very comfortable</source>
        <translation>Comodidad después de cada paso: 0 dolorosa, 10 muy cómoda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>comfort {value} of 10 ({each})</source>
        <translation>comodidad {value} de 10 ({each})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comfort {value} of 10</source>
        <translation>comodidad {value} de 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} · {step} · {foot}: {what}</source>
        <translation>{date} · {step} · {foot}: {what}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/widgets/controls.py" line="+267"/>
        <source>Time left in this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>left</source>
        <translation>restantes</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+101"/>
        <source>{done} of %n planned this week</source>
        <translation>
            <numerusform>{done} de %n prevista esta semana</numerusform>
            <numerusform>{done} de %n previstas esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/guidance/cues.py" line="+145"/>
        <source>Sound cues are silent: Qt sound support is missing.</source>
        <translation>Los avisos con sonido están en silencio: falta el soporte de sonido de Qt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No speaker or headphones found, so sound cues are silent. The screen still shows every cue.</source>
        <translation>No se han encontrado altavoces ni auriculares, así que los avisos con sonido están en silencio. La pantalla sigue mostrando todos los avisos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sound files are missing, so sound cues are silent.</source>
        <translation>Faltan los archivos de sonido, así que los avisos con sonido están en silencio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some sound files are missing ({names}); those cues are silent.</source>
        <translation>Faltan algunos archivos de sonido ({names}); esos avisos están en silencio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sound device refused to play the cues, so they are silent. The screen still shows every cue.</source>
        <translation>El dispositivo de sonido no reproduce los avisos, así que están en silencio. La pantalla sigue mostrando todos los avisos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sound cues are off.</source>
        <translation>Los avisos con sonido están apagados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound cues are on, but the volume is at zero.</source>
        <translation>Los avisos con sonido están encendidos, pero el volumen está a cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound cues are on.</source>
        <translation>Los avisos con sonido están encendidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound cues are on; the sound device is checked before the first cue.</source>
        <translation>Los avisos con sonido están encendidos; el dispositivo de sonido se comprueba antes del primer aviso.</translation>
    </message>
</context>
<context>
    <name>DisplaySection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/display.py" line="-35"/>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+95"/>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NeuroFoot log (JSON)</source>
        <translation>Registro de NeuroFoot (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR bundle (JSON)</source>
        <translation>Paquete FHIR (JSON)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/browser_filters.py" line="+39"/>
        <source>Whose sessions</source>
        <translation>De quién son las sesiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped</source>
        <translation>Detenidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has notes</source>
        <translation>Con notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date to go to</source>
        <translation>Fecha a la que ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>{shown} of %n session(s)</source>
        <translation>
            <numerusform>{shown} de %n sesión</numerusform>
            <numerusform>{shown} de %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootCheck</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/temperature.py" line="+36"/>
        <source>{site}: left {left} {unit}, right {right} {unit}, {diff} {unit} apart</source>
        <translation>{site}: izquierdo {left} {unit}, derecho {right} {unit}, {diff} {unit} de diferencia</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/footmap.py" line="+66"/>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sole</source>
        <translation>planta</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/look.py" line="+58"/>
        <source>Marked on the {foot}: {what}</source>
        <translation>Marcado en el {foot}: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skin temperature: {reading} (more than {limit})</source>
        <translation>Temperatura de la piel: {reading} (más de {limit})</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="-80"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore</source>
        <translation>Llaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blister</source>
        <translation>Ampolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open wound or ulcer</source>
        <translation>Herida abierta o úlcera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of infection (pus, spreading redness)</source>
        <translation>Signos de infección (pus, enrojecimiento que se extiende)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cracked skin</source>
        <translation>Piel agrietada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callus or corn</source>
        <translation>Callo o dureza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feels warm</source>
        <translation>Está caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour change</source>
        <translation>Cambio de color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nail problem</source>
        <translation>Problema en la uña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The top</source>
        <translation>El empeine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sole (a mirror or the helper)</source>
        <translation>La planta (con un espejo o con ayuda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between the toes</source>
        <translation>Entre los dedos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heel</source>
        <translation>El talón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nails</source>
        <translation>Las uñas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ball of the foot</source>
        <translation>Almohadilla del pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arch</source>
        <translation>Arco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
</context>
<context>
    <name>FootCheckHistory</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/footchecks.py" line="+44"/>
        <source>{kind}, {foot}, {view}</source>
        <translation>{kind}, {foot}, {view}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All clear on both feet</source>
        <translation>Todo bien en los dos pies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All clear on the {foot}</source>
        <translation>Todo bien en el {foot}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Skin temperature differences: {n} readings, {w} over the warning line</source>
        <translation>Diferencias de temperatura de la piel: {n} mediciones, {w} por encima de la línea de aviso</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No skin temperatures recorded yet.</source>
        <translation>Todavía no hay temperaturas de la piel.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Photos: compare two dates…</source>
        <translation>Fotos: comparar dos fechas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skin temperature: the difference between the feet at the same spot (● ball, ■ arch, ▲ heel). Above the dashed line is a warning sign.</source>
        <translation>Temperatura de la piel: la diferencia entre los pies en el mismo punto (● almohadilla, ■ arco, ▲ talón). Por encima de la línea discontinua es una señal de aviso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each look found</source>
        <translation>Lo que encontró cada revisión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ The foot checks could not be read: {e}</source>
        <translation>⚠ No se pudieron leer las revisiones de los pies: {e}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ {day}: {site}, {diff:.1f} °{unit} warmer on the {foot}</source>
        <translation>⚠ {day}: {site}, {diff:.1f} °{unit} más caliente en el {foot}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No foot checks yet. The guided look at the start of a session records them.</source>
        <translation>Todavía no hay revisiones de los pies. La revisión guiada al empezar una sesión las guarda.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Foot checks</source>
        <translation>Revisión de los pies</translation>
    </message>
</context>
<context>
    <name>FootDiagram</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/diagram/widget.py" line="+76"/>
        <source>Foot diagram</source>
        <translation>Dibujo del pie</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/diagram/words.py" line="+21"/>
        <source>{foot}, {view}.</source>
        <translation>{foot}, {view}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{foot}, {view}: nothing to touch right now.</source>
        <translation>{foot}, {view}: ahora no hay nada que tocar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{foot}, {view}: a pretend touch at {site}: hold the finger just above the skin and do not touch it.</source>
        <translation>{foot}, {view}: un toque fingido en {site}: mantenga el dedo justo encima de la piel, sin tocarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{foot}, {view}: touch {site} very lightly, once.</source>
        <translation>{foot}, {view}: toque {site} muy suavemente, una sola vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>long, slow strokes with flat hands from the ankle to the toes, over {regions}, at {pressure} pressure</source>
        <translation>deslizamientos largos y lentos con las manos planas, del tobillo a los dedos, por {regions}, con presión {pressure}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>long, slow strokes from the toes over the ankle up towards the calf, at {pressure} pressure</source>
        <translation>deslizamientos largos y lentos desde los dedos, por encima del tobillo, hacia la pantorrilla, con presión {pressure}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>small circles with the thumbs over {regions}, at {pressure} pressure</source>
        <translation>círculos pequeños con los pulgares por {regions}, con presión {pressure}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the heel is skipped today</source>
        <translation>; hoy el talón se deja sin tocar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the heel may have a few circles too</source>
        <translation>; el talón también puede recibir unos círculos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each toe in turn, from the big toe to the little toe, rolled between thumb and forefinger and eased gently forward and back, at {pressure} pressure</source>
        <translation>cada dedo por turno, del dedo gordo al pequeño, rodado entre el pulgar y el índice y llevado con suavidad hacia delante y hacia atrás, con presión {pressure}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the foot turns slowly about the ankle, clockwise first and then counter-clockwise, inside a comfortable range and never forced</source>
        <translation>el pie gira despacio sobre el tobillo, primero en el sentido de las agujas del reloj y luego al revés, dentro de un recorrido cómodo y sin forzar nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{foot}, {view}: {action}.</source>
        <translation>{foot}, {view}: {action}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the top</source>
        <translation>el empeine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sides</source>
        <translation>los lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sole</source>
        <translation>la planta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the arch</source>
        <translation>el arco</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>the ball of the foot</source>
        <translation>la parte delantera de la planta</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the heel</source>
        <translation>el talón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ankle</source>
        <translation>el tobillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calf</source>
        <translation>la pantorrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the toes</source>
        <translation>los dedos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the tip of the big toe</source>
        <translation>la punta del dedo gordo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the top of the foot</source>
        <translation>el empeine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the little toe</source>
        <translation>el dedo pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the middle of the arch</source>
        <translation>el centro del arco del pie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>feather-light</source>
        <translation>ligera como una pluma</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gentle</source>
        <translation>suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firm but gentle</source>
        <translation>firme pero suave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ankle</source>
        <translation>tobillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toes</source>
        <translation>dedos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ball</source>
        <translation>planta delantera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arch</source>
        <translation>arco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heel</source>
        <translation>talón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calf</source>
        <translation>pantorrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>ankle to toes</source>
        <translation>del tobillo a los dedos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toes to calf</source>
        <translation>de los dedos a la pantorrilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>small thumb circles</source>
        <translation>círculos pequeños con el pulgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toe {n} of {total}</source>
        <translation>dedo {n} de {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clockwise</source>
        <translation>como las agujas del reloj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-clockwise</source>
        <translation>al revés que las agujas del reloj</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/diagram/painter.py" line="+437"/>
        <source>skip</source>
        <translation>no tocar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comfortable range</source>
        <translation>recorrido cómodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never force</source>
        <translation>nunca forzar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pretend: do not touch</source>
        <translation>fingido: no tocar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>touch lightly here</source>
        <translation>toque aquí suavemente</translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/footmap.py" line="+30"/>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sole</source>
        <translation>planta</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Drawing of the {foot}, {view}: %n spot(s) marked. Click to mark another.</source>
        <translation>
            <numerusform>Dibujo del {foot}, {view}: %n punto marcado. Haga clic para marcar otro.</numerusform>
            <numerusform>Dibujo del {foot}, {view}: %n puntos marcados. Haga clic para marcar otro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootScreen</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/look.py" line="+16"/>
        <source>Look at the {foot}</source>
        <translation>Mire el {foot}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With less feeling, a small injury is easy to miss. Look closely; a mirror or the helper shows the sole.</source>
        <translation>Con menos sensibilidad, una herida pequeña pasa desapercibida con facilidad. Mire con calma; un espejo o la persona que ayuda muestran la planta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click on the drawing where something is.</source>
        <translation>Haga clic en el dibujo donde vea algo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look at each place for:</source>
        <translation>Qué buscar en cada zona:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare photos…</source>
        <translation>Comparar fotos…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark a spot…</source>
        <translation>Marcar un punto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the last mark</source>
        <translation>Quitar la última marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a photo…</source>
        <translation>Añadir una foto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All clear on this foot</source>
        <translation>Este pie está bien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done with this foot</source>
        <translation>Terminado con este pie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer three questions instead</source>
        <translation>Responder tres preguntas en su lugar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Marked:</source>
        <translation>Marcado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All clear</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos today: {n}</source>
        <translation>Fotos de hoy: {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where is it?</source>
        <translation>¿Dónde está?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is there?</source>
        <translation>¿Qué hay?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything to remember about it (size, since when):</source>
        <translation>Algo que recordar (tamaño, desde cuándo):</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/gallery.py" line="+85"/>
        <source>Photos of the feet</source>
        <translation>Fotos de los pies</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date of the left photo</source>
        <translation>Fecha de la foto de la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the right photo</source>
        <translation>Fecha de la foto de la derecha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{foot}, {view}</source>
        <translation>{foot}, {view}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photos of the {where} yet.</source>
        <translation>Todavía no hay fotos del {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One photo of the {where}; a second one will show beside it.</source>
        <translation>Una foto del {where}; la siguiente se verá a su lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} photos of the {where}. Choose any two dates.</source>
        <translation>{n} fotos del {where}. Elija dos fechas cualesquiera.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The photo file is missing: {name}</source>
        <translation>Falta el archivo de la foto: {name}</translation>
    </message>
</context>
<context>
    <name>HandsFreeSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/hands_free.py" line="-24"/>
        <source>Hands-free</source>
        <translation>Manos libres</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/page.py" line="+87"/>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report for the doctor (PDF)</source>
        <translation>Informe para el médico (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete log, can be imported again (JSON)</source>
        <translation>Registro completo, se puede volver a importar (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For health record systems (FHIR)</source>
        <translation>Para sistemas de historia clínica (FHIR)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>⚠ The history could not be read: {e}</source>
        <translation>⚠ No se pudo leer el historial: {e}</translation>
    </message>
</context>
<context>
    <name>LightTouch</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="-185"/>
        <source>Light touch feels unpleasant today, so the pressure will not go up, and may be lighter.</source>
        <translation>Hoy el toque ligero resulta desagradable, así que la presión no subirá y puede que sea más suave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A touch was reported where there was none, so today&apos;s answers may be guesses. We will not raise the pressure today.</source>
        <translation>Se notó un toque donde no lo hubo, así que puede que hoy las respuestas sean a ojo. Hoy no subiremos la presión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{felt} of {total} light touches were felt. With less feeling, the pressure stays where it was.</source>
        <translation>Se notaron {felt} de {total} toques ligeros. Con menos sensibilidad, la presión se queda como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every light touch was felt, and none felt unpleasant.</source>
        <translation>Se notaron todos los toques ligeros y ninguno resultó desagradable.</translation>
    </message>
</context>
<context>
    <name>LightTouchPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/light_touch.py" line="+89"/>
        <source>F</source>
        <comment>key for: Felt it</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y</source>
        <comment>key for: Yes, unpleasant</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <comment>key for: Did not feel it / No</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Light-touch check · {foot}</source>
        <translation>Prueba del toque ligero · {foot}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How does light touch feel today?</source>
        <translation>¿Cómo se nota hoy un toque ligero?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the person to close their eyes. You will touch a few places very lightly with one fingertip. After each one, ask: “Did you feel that?”</source>
        <translation>Pida a la persona que cierre los ojos. Usted tocará unos pocos sitios muy suavemente con la yema de un dedo. Después de cada uno, pregunte: «¿Lo ha notado?»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touch {n} of {total}</source>
        <translation>Toque {n} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch {place} very lightly, then ask: “Did you feel that?”</source>
        <translation>Toque {place} muy suavemente y pregunte: «¿Lo ha notado?»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This one is a pretend touch: hold your finger just above {place} without touching, then ask the same question.</source>
        <translation>Este es un toque fingido: mantenga el dedo sobre {place}, muy cerca pero sin tocar, y haga la misma pregunta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Felt it  ({key})</source>
        <translation>Lo notó  ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not feel it  ({key})</source>
        <translation>No lo notó  ({key})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, unpleasant  ({key})</source>
        <translation>Sí, desagradable  ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No  ({key})</source>
        <translation>No  ({key})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Does light touch feel unpleasant today?</source>
        <translation>¿Hoy un toque ligero resulta desagradable?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example burning, prickling, or simply too much.</source>
        <translation>Por ejemplo, si quema, pica o simplemente es demasiado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today&apos;s sensitivity: {level}</source>
        <translation>Sensibilidad de hoy: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the massage</source>
        <translation>Empezar el masaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: the other foot</source>
        <translation>Siguiente: el otro pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this foot again</source>
        <translation>Repetir la prueba en este pie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/main_window.py" line="+225"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for the doctor (PDF)…</source>
        <translation>Informe para el médico (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV)…</source>
        <translation>Hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete log (JSON)…</source>
        <translation>Registro completo (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health record (FHIR)…</source>
        <translation>Historia clínica (FHIR)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a log…</source>
        <translation>&amp;Importar un registro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why this helps</source>
        <translation>&amp;Por qué ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About NeuroFoot</source>
        <translation>Acerca &amp;de NeuroFoot</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History · {name}</source>
        <translation>Historial · {name}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Please finish or stop the session first.</source>
        <translation>Por favor, termine o detenga antes la sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NeuroFoot {version}

A calm guide to gentle home foot massage for people with peripheral neuropathy. Everything stays on this computer.

{limits}</source>
        <translation>NeuroFoot {version}

Una guía tranquila para dar en casa un masaje suave de pies a personas con neuropatía periférica. Todo se queda en este equipo.

{limits}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About NeuroFoot</source>
        <translation>Acerca de NeuroFoot</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A comfort of {n} out of 10 means that step was painful. {advice}

Do you want to end today&apos;s session?</source>
        <translation>Una comodidad de {n} sobre 10 significa que ese paso dolió. {advice}

¿Quiere terminar la sesión de hoy?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carry on more gently</source>
        <translation>Seguir con más suavidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was painful</source>
        <translation>Ha dolido</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>End today&apos;s session now? Every answer given so far is kept.</source>
        <translation>¿Terminar ahora la sesión de hoy? Se guardan todas las respuestas dadas hasta ahora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End today&apos;s session now? Everything rated so far is kept.</source>
        <translation>¿Terminar ahora la sesión de hoy? Se guarda todo lo valorado hasta ahora.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The last answer could not be saved, so the session stops here. Everything saved before it is safe: when the problem is solved, choose the same person and begin again to carry on.</source>
        <translation>No se ha podido guardar la última respuesta, así que la sesión se detiene aquí. Todo lo guardado antes está a salvo: cuando se resuelva el problema, elija a la misma persona y empiece de nuevo para continuar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened: {reason}</source>
        <translation>Lo que ha pasado: {reason}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>NeuroFoot could not save this change.</source>
        <translation>NeuroFoot no ha podido guardar este cambio.</translation>
    </message>
</context>
<context>
    <name>MarkLanes</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/mark_lanes.py" line="+40"/>
        <source>{n} sessions with warning signs before the session</source>
        <translation>{n} sesiones con señales de alarma antes de la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} sessions stopped: it hurt</source>
        <translation>{n} sesiones detenidas porque dolía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} – {last}: {what}</source>
        <translation>{first} – {last}: {what}</translation>
    </message>
</context>
<context>
    <name>NextTime</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+29"/>
        <source>One step firmer next time if that day&apos;s light-touch check is normal. {why}</source>
        <translation>Un punto más firme la próxima vez si ese día la prueba del tacto ligero es normal. {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No firmer next time, because it hurt today.</source>
        <translation>No más firme la próxima vez, porque hoy ha dolido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No firmer next time, because of today&apos;s advice to contact the doctor.</source>
        <translation>No más firme la próxima vez, por el consejo de hoy de hablar con el médico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step lighter next time: your ratings at level {low} ({low_avg}) have been higher than at level {high} ({high_avg}).</source>
        <translation>Un punto más suave la próxima vez: sus valoraciones en el nivel {low} ({low_avg}) han sido más altas que en el nivel {high} ({high_avg}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One step lighter next time, to find out whether a softer touch suits you even better. Your rating will tell.</source>
        <translation>Un punto más suave la próxima vez, para ver si un toque más suave le sienta aún mejor. Su valoración lo dirá.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/overview.py" line="+112"/>
        <source>Summary of the period</source>
        <translation>Resumen del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfort after each session — the thick line is the trend, the shaded band its usual range</source>
        <translation>Comodidad después de cada sesión: la línea gruesa es la tendencia y la banda sombreada su margen habitual</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Show each step</source>
        <translation>Mostrar cada paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide each step</source>
        <translation>Ocultar cada paso</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/reminders/editor.py" line="+188"/>
        <source>A plan for {name}</source>
        <translation>Un plan para {name}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location line="-76"/>
        <source>Which days, and when?</source>
        <translation>¿Qué días y a qué hora?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Each planned day</source>
        <translation>Cada día previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>And again</source>
        <translation>Y otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second time each planned day</source>
        <translation>Una segunda vez cada día previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me on these days</source>
        <translation>Recordármelo estos días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First time</source>
        <translation>Primera hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second time</source>
        <translation>Segunda hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/player.py" line="+90"/>
        <source>Stop session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End today&apos;s session early (Esc)</source>
        <translation>Terminar antes la sesión de hoy (Esc)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>R</source>
        <comment>key for: Repeat</comment>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <comment>key for: Back</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <comment>key for: It hurts</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <comment>key for: Finish now</comment>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <comment>key for: Time left</comment>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+332"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Start, pause or continue the step (Space)</source>
        <translation>Empezar, pausar o continuar el paso (Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Skip →</source>
        <translation>Saltar →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this step (→)</source>
        <translation>Saltar este paso (→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It hurts — stop</source>
        <translation>Duele: parar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The previous step ({key})</source>
        <translation>El paso anterior ({key})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start this step over ({key})</source>
        <translation>Empezar este paso de nuevo ({key})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish this step now and rate it ({key})</source>
        <translation>Terminar ya este paso y valorarlo ({key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once and lower the pressure next time ({key})</source>
        <translation>Parar enseguida y bajar la presión la próxima vez ({key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space start/pause · {done} done · → skip · {repeat} repeat · {back} back · {hurts} it hurts · {time} time left</source>
        <translation>Espacio empezar/pausa · {done} finalizar · → saltar · {repeat} repetir · {back} atrás · {hurts} duele · {time} tiempo restante</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Get ready. Next: {step}, {foot}.</source>
        <translation>Prepárese. Siguiente: {step}, {foot}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting. Press Space to start the step.</source>
        <translation>En espera. Pulse Espacio para empezar el paso.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start this step again from the beginning? The time done so far in this step is not counted.</source>
        <translation>¿Empezar este paso de nuevo desde el principio? El tiempo hecho hasta ahora en este paso no se cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>It hurts</source>
        <translation>Duele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That step has stopped, and the pressure will be lighter next time. Do you want to end today&apos;s session?</source>
        <translation>Ese paso se ha detenido, y la próxima vez la presión será más ligera. ¿Quiere terminar la sesión de hoy?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End today&apos;s session now? Everything rated so far is kept.</source>
        <translation>¿Terminar ya la sesión de hoy? Todo lo valorado hasta ahora se guarda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{left} left in this step, {total} in the whole session.</source>
        <translation>Quedan {left} en este paso y {total} en toda la sesión.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Halfway through this step.</source>
        <translation>Va por la mitad de este paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten seconds left.</source>
        <translation>Quedan diez segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up for this step.</source>
        <translation>Se acabó el tiempo de este paso.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Step {n} of {total} · {foot}</source>
        <translation>Paso {n} de {total} · {foot}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pressure  {dots}  {name}</source>
        <translation>Presión  {dots}  {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure: level {level} of 4, {name}</source>
        <translation>Presión: nivel {level} de 4, {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: the summary</source>
        <translation>Siguiente: el resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {step}, {foot}</source>
        <translation>Siguiente: {step}, {foot}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{time} left in session</source>
        <translation>Quedan {time} de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left in the session</source>
        <translation>Quedan {time} de sesión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pressure: {level}.</source>
        <translation>Presión: {level}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Get ready: the next step starts in {n} s. Any key waits.</source>
        <translation>Prepárese: el siguiente paso empieza en {n} s. Cualquier tecla espera.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>How comfortable was that? Say a number from 0, painful, to 10, very comfortable.</source>
        <translation>¿Le ha resultado cómodo? Diga un número del 0, doloroso, al 10, muy cómodo.</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/precheck.py" line="+127"/>
        <location line="+17"/>
        <source>Y</source>
        <comment>key for: Yes</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>N</source>
        <comment>key for: No</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keys: {yes} yes · {no} no · Enter next</source>
        <translation>Teclas: {yes} sí · {no} no · Intro siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing on either foot is open or infected</source>
        <translation>En ninguno de los pies hay nada abierto ni infectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person still wants a gentle massage today</source>
        <translation>La persona quiere, aun así, un masaje suave hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End here for today</source>
        <translation>Terminar aquí por hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue gently</source>
        <translation>Seguir con suavidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Next: the light-touch check</source>
        <translation>Siguiente: la prueba del toque ligero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PressureChart</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/charts.py" line="+21"/>
        <source>average of both feet</source>
        <translation>media de los dos pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure used in each step</source>
        <translation>Presión usada en cada paso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{foot} {name} ({level} of 4)</source>
        <translation>{foot}: {name} ({level} de 4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} · {step}: pressure {what}</source>
        <translation>{date} · {step}: presión {what}</translation>
    </message>
</context>
<context>
    <name>PressureReason</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+193"/>
        <source>A gentle start, as this is the first time for this step.</source>
        <translation>Un comienzo suave, porque es la primera vez con este paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle start, as this is the first time on this foot.</source>
        <translation>Un comienzo suave, porque es la primera vez en este pie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A light start, as a soft touch suits this step.</source>
        <translation>Un comienzo ligero, porque a este paso le va bien un toque suave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A light start, as a softer touch has suited you so far.</source>
        <translation>Un comienzo ligero, porque hasta ahora le ha sentado mejor un toque más suave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A light start, because a softer touch suited the other foot.</source>
        <translation>Un comienzo ligero, porque al otro pie le sentó bien un toque más suave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A light start, because light touch feels unpleasant today.</source>
        <translation>Un comienzo ligero, porque hoy el toque ligero resulta desagradable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step firmer, because it felt too light.</source>
        <translation>Un nivel más firme, porque la presión se notó demasiado ligera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step firmer, as your ratings suggest a little more will feel better.</source>
        <translation>Un nivel más firme, porque sus valoraciones indican que un poco más le resultará más agradable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter than last time, because it hurt last time.</source>
        <translation>Un nivel más suave que la última vez, porque la última vez dolió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter than last time, because it was uncomfortable last time.</source>
        <translation>Un nivel más suave que la última vez, porque la última vez resultó incómodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter than last time, because it felt too firm.</source>
        <translation>Un nivel más suave que la última vez, porque se notó demasiado firme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter than last time, because it was only partly comfortable last time.</source>
        <translation>Un nivel más suave que la última vez, porque la última vez solo resultó cómodo a medias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter today, because light touch feels unpleasant.</source>
        <translation>Un nivel más suave hoy, porque el toque ligero resulta desagradable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step lighter today, to be careful while there is less feeling.</source>
        <translation>Un nivel más suave hoy, por precaución mientras haya menos sensibilidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step lighter than last time, as a softer touch has suited you better.</source>
        <translation>Un nivel más suave que la última vez, porque un toque más delicado le ha sentado mejor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lighter than last time, because it hurt last time.</source>
        <translation>Más suave que la última vez, porque la última vez dolió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighter than last time, because it was uncomfortable last time.</source>
        <translation>Más suave que la última vez, porque la última vez resultó incómodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lighter than last time, because it felt too firm.</source>
        <translation>Más suave que la última vez, porque se notó demasiado firme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighter than last time, because it was only partly comfortable last time.</source>
        <translation>Más suave que la última vez, porque la última vez solo resultó cómodo a medias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lighter today, because light touch feels unpleasant.</source>
        <translation>Más suave hoy, porque el toque ligero resulta desagradable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighter today, to be careful while there is less feeling.</source>
        <translation>Más suave hoy, por precaución mientras haya menos sensibilidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lighter than last time, as a softer touch has suited you better.</source>
        <translation>Más suave que la última vez, porque un toque más delicado le ha sentado mejor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time and no firmer, as it felt a little firm.</source>
        <translation>Igual que la última vez y no más firme, porque se notó un poco firme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, as it was only fairly comfortable.</source>
        <translation>Igual que la última vez, porque resultó solo más o menos cómodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, as it should still feel gentle on a tender day.</source>
        <translation>Igual que la última vez, porque en un día sensible debe seguir notándose suave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, as there is less feeling in this foot today.</source>
        <translation>Igual que la última vez, porque hoy este pie siente menos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staying with the lightest touch, because it hurt last time.</source>
        <translation>Seguimos con el toque más ligero, porque la última vez dolió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staying with the lightest touch, as it was uncomfortable last time.</source>
        <translation>Seguimos con el toque más ligero, porque la última vez resultó incómodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staying with the lightest touch, as it felt too firm.</source>
        <translation>Seguimos con el toque más ligero, porque se notó demasiado firme.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The same as last time, as this is already the firmest level we use.</source>
        <translation>Igual que la última vez, porque ya es el nivel más firme que usamos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, as we go firmer only slowly and carefully.</source>
        <translation>Igual que la última vez, porque solo aumentamos la firmeza poco a poco y con cuidado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, because it felt good.</source>
        <translation>Igual que la última vez, porque resultó agradable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as last time, which has suited you.</source>
        <translation>Igual que la última vez, que le ha sentado bien.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>A light start, because the heel is sensitive today.</source>
        <translation>Un comienzo ligero, porque hoy el talón está sensible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One step lighter today, because the heel is sensitive.</source>
        <translation>Un nivel más suave hoy, porque el talón está sensible.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lighter today, because the heel is sensitive.</source>
        <translation>Más suave hoy, porque el talón está sensible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same as last time and no firmer, because the heel is sensitive today.</source>
        <translation>Igual que la última vez y no más firme, porque hoy el talón está sensible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as last time, as it felt too light rather than too firm.</source>
        <translation>Igual que la última vez, porque se notó demasiado ligera y no demasiado firme.</translation>
    </message>
</context>
<context>
    <name>QtCameraSource</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/camera.py" line="-78"/>
        <source>The camera stopped working ({reason}).</source>
        <translation>La cámara ha dejado de funcionar ({reason}).</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/rating.py" line="+48"/>
        <source>How comfortable was that?</source>
        <translation>¿Le ha resultado cómodo?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>0 · painful</source>
        <translation>0 · doloroso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 · very comfortable</source>
        <translation>10 · muy cómodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+232"/>
        <source>The pressure was (optional):</source>
        <translation>La presión fue (opcional):</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>The pressure was {feel}</source>
        <translation>La presión fue: {feel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A short note (optional)</source>
        <translation>Una nota breve (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note about this step</source>
        <translation>Nota sobre este paso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H</source>
        <comment>key for: It hurts</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It hurts — stop</source>
        <translation>Duele: parar</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Comfort {n} of 10</source>
        <translation>Comodidad {n} de 10</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save and continue</source>
        <translation>Guardar y seguir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Stop at once and lower the pressure next time ({key})</source>
        <translation>Parar enseguida y bajar la presión la próxima vez ({key})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys: 0–9 (1 then 0 for 10) · ← → · Enter to save · {hurt} it hurts · Esc stop</source>
        <translation>Teclas: 0–9 (1 y luego 0 para 10) · ← → · Intro para guardar · {hurt} duele · Esc parar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type a number from 0 to 10, or Tab to the number buttons.</source>
        <translation>Escriba un número del 0 al 10, o pulse Tab para ir a los botones de números.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Choose a number first: 0 is painful, 10 very comfortable.</source>
        <translation>Elija primero un número: 0 es doloroso, 10 muy cómodo.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This step has been only so-so lately. Was the pressure too light, just right or too firm?</source>
        <translation>Este paso solo ha ido regular últimamente. ¿La presión fue demasiado suave, justa o demasiado firme?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Was the pressure too light, just right or too firm? (You may skip this.)</source>
        <translation>¿La presión fue demasiado suave, justa o demasiado firme? (Puede saltarse esto.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a number</source>
        <translation>Elija un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No number chosen yet</source>
        <translation>Aún no se ha elegido ningún número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Painful</source>
        <translation>Doloroso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very uncomfortable</source>
        <translation>Muy incómodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncomfortable</source>
        <translation>Incómodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So-so</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comfortable</source>
        <translation>Cómodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very comfortable</source>
        <translation>Muy cómodo</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/reminders/banner.py" line="+49"/>
        <source>Begin now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/reminders/tray.py" line="+135"/>
        <source>NeuroFoot: reminders of the sessions you planned</source>
        <translation>NeuroFoot: recordatorios de las sesiones que ha planeado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session</source>
        <translation>Empezar una sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open NeuroFoot</source>
        <translation>Abrir NeuroFoot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit NeuroFoot</source>
        <translation>Salir de NeuroFoot</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Keep NeuroFoot running in the tray, so it can remind you of the sessions you planned? You can quit it from the tray icon&apos;s menu.</source>
        <translation>¿Dejar NeuroFoot abierto en la bandeja del sistema para que le recuerde las sesiones previstas? Puede cerrarlo desde el menú de su icono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep reminding</source>
        <translation>Seguir recordando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose days and times</source>
        <translation>Elegir días y horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/reminders.py" line="-30"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The plan is saved.</source>
        <translation>El plan está guardado.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/words.py" line="+22"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/sections.py" line="+160"/>
        <source>reduced</source>
        <translation>reducida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heightened</source>
        <translation>aumentada</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/words.py" line="+20"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/sections.py" line="-77"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Foot massage report: {name}</source>
        <translation>Informe de masaje de pies: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{c} completed, {s} stopped, {i} not finished, {b} not started for safety</source>
        <translation>{c} completas, {s} detenidas, {i} sin terminar, {b} sin empezar por seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything here was reported by the person at home with the NeuroFoot guide; it has not been checked by a clinician. Generated {when}.</source>
        <translation>Todo lo que aparece aquí lo anotó la persona en casa con la guía NeuroFoot; ningún profesional sanitario lo ha comprobado. Generado el {when}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comfort after each session (0 = painful, 10 = very comfortable): the trend and its usual range</source>
        <translation>Comodidad después de cada sesión (0 = dolorosa, 10 = muy cómoda): la tendencia y su margen habitual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average comfort</source>
        <translation>Comodidad media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average pressure</source>
        <translation>Presión media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pressure</source>
        <translation>Última presión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Saltados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It hurts</source>
        <translation>Dolió</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pressure levels: {levels}.</source>
        <translation>Niveles de presión: {levels}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+61"/>
        <source>Long notes are shortened here (…); the JSON export holds them whole.</source>
        <translation>Las notas largas se acortan aquí (…); la exportación JSON las contiene completas.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Notes of sessions with warning signs or stops ({n})</source>
        <translation>Notas de sesiones con señales de alarma o paradas ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {k} most recent of {n}; all notes are in the appendix.</source>
        <translation>Las {k} más recientes de {n}; todas las notas están en el anexo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appendix: every session ({n})</source>
        <translation>Anexo: todas las sesiones ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfort {value}</source>
        <translation>comodidad {value}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appendix: all notes ({n})</source>
        <translation>Anexo: todas las notas ({n})</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/words.py" line="+19"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no massage (safety check)</source>
        <translation>sin masaje (comprobación de seguridad)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No massage that day (safety check): {why}.</source>
        <translation>Ese día no hubo masaje (revisión de seguridad): {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No massage that day (safety check).</source>
        <translation>Ese día no hubo masaje (revisión de seguridad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs reported: {what}.</source>
        <translation>Señales de alarma indicadas: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“It hurts, stop” during {step} ({foot} foot), pressure {level}.</source>
        <translation>«Duele: parar» durante {step} (pie {foot}), presión {level}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session stopped early: {reason}.</source>
        <translation>Sesión detenida antes de tiempo: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped early.</source>
        <translation>Sesión detenida antes de tiempo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} days without massage (safety check)</source>
        <translation>{n} días sin masaje (comprobación de seguridad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessions with warning signs</source>
        <translation>{n} sesiones con señales de alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stops because it hurt</source>
        <translation>{n} paradas por dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessions stopped early</source>
        <translation>{n} sesiones detenidas antes de tiempo</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/sections.py" line="-88"/>
        <location line="+24"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+62"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Light-touch check by foot (share of the checks)</source>
        <translation>Prueba de tacto ligero por pie (proporción de las pruebas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted per month, newest first; each one is listed in the appendix.</source>
        <translation>Contadas por mes, las más recientes primero; cada una figura en el anexo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} earlier months are not shown here.</source>
        <translation>No se muestran aquí {n} meses anteriores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/__init__.py" line="+116"/>
        <source>There is nobody in the log yet, so there is nothing to report.</source>
        <translation>Todavía no hay nadie en el registro, así que no hay nada que informar.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{app} foot massage report</source>
        <translation>Informe de masaje de pies de {app}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app} report for {name}</source>
        <translation>Informe de {app} para {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} report</source>
        <translation>Informe de {app}</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/pages.py" line="+38"/>
        <source>The PDF report could not be started.</source>
        <translation>No se pudo empezar a crear el informe PDF.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="-66"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time massaged:</source>
        <translation>Tiempo de masaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average comfort:</source>
        <translation>Comodidad media:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/sections.py" line="-77"/>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+1"/>
        <source>Each step: comfort and pressure used</source>
        <translation>Cada paso: comodidad y presión usada</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+1"/>
        <source>Warning signs and stops ({n})</source>
        <translation>Señales de alarma y paradas ({n})</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+1"/>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot massage report</source>
        <translation>Informe de masaje de pies</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/adherence.py" line="+55"/>
        <source>Sessions against the plan</source>
        <translation>Sesiones frente al plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of the {planned} sessions planned in the period were held ({share} %).</source>
        <translation>Se hicieron {done} de las {planned} sesiones previstas en el periodo ({share} %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No planned session fell due in the period.</source>
        <translation>En el periodo no tocaba ninguna sesión prevista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} planned sessions were not started because the safety questions said no massage that day; they are counted apart, not as missed.</source>
        <translation>{n} sesiones previstas no se empezaron porque las preguntas de seguridad indicaron que no hubiera masaje ese día; se cuentan aparte, no como perdidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} were set aside with “not today”.</source>
        <translation>{n} se dejaron con «hoy no».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} sessions were held beyond the plan.</source>
        <translation>{n} sesiones se hicieron fuera del plan.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/symptoms.py" line="+49"/>
        <source>Does it help? Symptoms before and after each massage</source>
        <translation>¿Ayuda? Síntomas antes y después de cada masaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 = none, 10 = worst imaginable, as the person rated them just before and just after the massage.</source>
        <translation>0 = nada, 10 = lo peor imaginable, según los valoró la persona justo antes y justo después del masaje.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/exports/pdf/photos.py" line="+55"/>
        <source>(photo missing)</source>
        <translation>(falta la foto)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photos of the feet: first and latest</source>
        <translation>Fotos de los pies: la primera y la última</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photos in this period.</source>
        <translation>No hay fotos en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>top</source>
        <translation>empeine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sole</source>
        <translation>planta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{foot}, {view}</source>
        <translation>Pie {foot}, {view}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="-264"/>
        <source>{items} and {last}</source>
        <comment>before a word starting with an i sound</comment>
        <translation>{items} e {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing worrying was reported.</source>
        <translation>No se ha indicado nada preocupante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported: {items}.</source>
        <translation>Se ha indicado: {items}.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/symptoms.py" line="+103"/>
        <source>{n} of 10</source>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{symptom} {n} of 10</source>
        <translation>{symptom} {n} de 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{symptom}, from 0 none to 10 the worst imaginable: {value}</source>
        <translation>{symptom}, de 0 nada a 10 lo peor imaginable: {value}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/base.py" line="+145"/>
        <source>Less: {what}</source>
        <translation>Menos: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More: {what}</source>
        <translation>Más: {what}</translation>
    </message>
</context>
<context>
    <name>SessionBrowser</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/browser.py" line="+91"/>
        <source>Sessions, newest first</source>
        <translation>Sesiones, la más reciente primero</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Steps of this session</source>
        <translation>Pasos de esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feel</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Note about this session</source>
        <translation>Nota sobre esta sesión</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Anything worth remembering about this session</source>
        <translation>Cualquier cosa que merezca la pena recordar de esta sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this session…</source>
        <translation>Borrar esta sesión…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sessions yet. After the first massage, each session is listed here with every step, how comfortable it was and any note.</source>
        <translation>Todavía no hay sesiones. Después del primer masaje, cada sesión aparece aquí con todos sus pasos, lo cómodos que fueron y las notas.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>average comfort {value} of 10</source>
        <translation>comodidad media {value} de 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comfort ratings</source>
        <translation>sin valoraciones de comodidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped because it hurt: {step}, {foot}.</source>
        <translation>Detenida porque dolió: {step}, {foot}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Light-touch check: not done.</source>
        <translation>Prueba del toque ligero: no se hizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{foot} {result}</source>
        <translation>{foot}: {result}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light-touch check: {each}.</source>
        <translation>Prueba del toque ligero: {each}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>It hurt</source>
        <translation>Dolió</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of 10</source>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The note could not be saved: {e}</source>
        <translation>No se pudo guardar la nota: {e}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n session(s) deleted; Undo brings back the last one ({date}).</source>
        <translation>
            <numerusform>%n sesión borrada; «Deshacer» la recupera ({date}).</numerusform>
            <numerusform>%n sesiones borradas; «Deshacer» recupera la última ({date}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Delete the session of {date}?</source>
        <translation>¿Borrar la sesión del {date}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its steps, ratings and note are removed from the log. You can undo this until NeuroFoot is closed.</source>
        <translation>Sus pasos, valoraciones y nota se quitan del registro. Puede deshacerlo mientras no cierre NeuroFoot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete session</source>
        <translation>Borrar la sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session could not be deleted: {e}</source>
        <translation>No se pudo borrar la sesión: {e}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The session could not be put back: {e}</source>
        <translation>No se pudo recuperar la sesión: {e}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session of {date} was deleted.</source>
        <translation>Se ha borrado la sesión del {date}.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/session_list.py" line="+100"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n señal</numerusform>
            <numerusform>%n señales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it hurt</source>
        <translation>dolió</translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/session.py" line="-39"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/dialog.py" line="-80"/>
        <source>⚠ The settings could not be saved ({reason}). They apply until NeuroFoot closes.</source>
        <translation>⚠ No se pudieron guardar los ajustes ({reason}). Se aplican hasta que se cierre NeuroFoot.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Changes take effect at once and are saved automatically.</source>
        <translation>Los cambios se aplican al momento y se guardan solos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes take effect at once.</source>
        <translation>Los cambios se aplican al momento.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/sound.py" line="-26"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sound cues are not available here.</source>
        <translation>Los avisos con sonido no están disponibles en este equipo.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/guidance/speech.py" line="+165"/>
        <source>Starting the voice…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source>No speech engine is installed, so spoken guidance is off. Sound and screen cues continue.</source>
        <translation>No hay ningún programa de voz instalado, así que las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No working speech engine was found, so spoken guidance is off. Sound and screen cues continue.</source>
        <translation>No se ha encontrado ningún programa de voz que funcione, así que las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+70"/>
        <location line="+29"/>
        <source>The speech engine could not start ({reason}), so spoken guidance is off. Sound and screen cues continue.</source>
        <translation>El programa de voz no pudo arrancar ({reason}), así que las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The speech engine stopped while starting, so spoken guidance is off. Sound and screen cues continue.</source>
        <translation>El programa de voz se detuvo al arrancar, así que las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The voice could not be checked safely, so spoken guidance is off. Sound and screen cues continue.</source>
        <translation>No se pudo comprobar la voz de forma segura, así que las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The voice check did not start in time (the computer may be busy), so spoken guidance is off for now. Sound and screen cues continue; Test voice tries again.</source>
        <translation>La comprobación de la voz no empezó a tiempo (puede que el equipo esté ocupado), así que de momento las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando; «Probar la voz» lo intenta de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The speech engine did not answer within {seconds} seconds, so spoken guidance is off for now. Sound and screen cues continue; Test voice tries again.</source>
        <translation>El programa de voz no respondió en {seconds} segundos, así que de momento las indicaciones habladas están apagadas. Los avisos con sonido y en pantalla siguen funcionando; «Probar la voz» lo intenta de nuevo.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The voice stopped working ({reason}). Sound and screen cues continue.</source>
        <translation>La voz ha dejado de funcionar ({reason}). Los avisos con sonido y en pantalla siguen funcionando.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Spoken guidance is off.</source>
        <translation>Las indicaciones habladas están apagadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken guidance is on, but the voice volume is at zero.</source>
        <translation>Las indicaciones habladas están encendidas, pero el volumen de la voz está a cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken guidance is on.</source>
        <translation>Las indicaciones habladas están encendidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken guidance is on; the voice starts when it is first needed.</source>
        <translation>Las indicaciones habladas están encendidas; la voz se prepara la primera vez que se necesita.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/start.py" line="+34"/>
        <source>Who is having a massage today?</source>
        <translation>¿Quién recibe hoy el masaje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person, or add their name below.</source>
        <translation>Elija a una persona o escriba su nombre abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Name of a new person</source>
        <translation>Nombre de una persona nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge…</source>
        <translation>Unir…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Begin the safety check</source>
        <translation>Empezar la revisión de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the name of the person receiving the massage, then press Enter.</source>
        <translation>Escriba el nombre de la persona que recibe el masaje y pulse Intro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person, or add a new name below.</source>
        <translation>Elija a una persona o añada un nombre nuevo abajo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Begin with {name}</source>
        <translation>Empezar con {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete {name} with all of their sessions, symptom scores, foot checks, photos and reminder plans? Undo brings them back until NeuroFoot closes; the backups keep them after that.</source>
        <translation>¿Eliminar a {name} con todas sus sesiones, puntuaciones de síntomas, revisiones de los pies, fotos y planes de recordatorios? «Deshacer» lo devuelve todo hasta que se cierre NeuroFoot; después, lo conservan las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a person</source>
        <translation>Eliminar a una persona</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undo: bring back {name}</source>
        <translation>Deshacer: recuperar a {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whose history should {name}&apos;s sessions join? {name} is then removed.</source>
        <translation>¿Al historial de quién deben pasar las sesiones de {name}? Después, {name} se elimina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Merge two people</source>
        <translation>Unir a dos personas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Move every session, score, foot check, photo and plan of {name} to {other}, and remove {name}? This cannot be undone here; the backups keep the log as it was.</source>
        <translation>¿Pasar todas las sesiones, puntuaciones, revisiones de los pies, fotos y planes de {name} a {other}, y eliminar a {name}? Esto no se puede deshacer aquí; las copias de seguridad guardan el registro tal como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/widgets/controls.py" line="+44"/>
        <source>Progress: {done} of {total} steps done</source>
        <translation>Progreso: {done} de {total} pasos hechos</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/summary.py" line="+38"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next time, and why</source>
        <translation>La próxima vez, y por qué</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today&apos;s steps and next time&apos;s pressure</source>
        <translation>Los pasos de hoy y la presión de la próxima vez</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Why this helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Session stopped early</source>
        <translation>Sesión detenida antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done: today&apos;s massage is complete</source>
        <translation>Muy bien: el masaje de hoy ha terminado</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{name} · {date} · %n minute(s) of massage</source>
        <translation>
            <numerusform>{name} · {date} · %n minuto de masaje</numerusform>
            <numerusform>{name} · {date} · %n minutos de masaje</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comfort of {n} out of 10</source>
        <translation>una comodidad de {n} sobre 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported today: {items}.</source>
        <translation>Indicado hoy: {items}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: it hurt</source>
        <translation>detenido: dolió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfort {n} / 10</source>
        <translation>comodidad {n} / 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} at {level} ({n})</source>
        <translation>{time} con presión {level} ({n})</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/symptoms.py" line="+66"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+37"/>
        <source>Keys: 0–10 (1 then 0 for 10) · ← → change · Enter next · Esc back</source>
        <translation>Teclas: 0–10 (1 y luego 0 para 10) · ← → cambiar · Intro siguiente · Esc atrás</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Skip these questions</source>
        <translation>Saltar estas preguntas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before we start: how are the feet today?</source>
        <translation>Antes de empezar: ¿cómo están hoy los pies?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores before and after each massage show you and your doctor whether it helps. 0 is none, 10 the worst you can imagine. Skip any you cannot say.</source>
        <translation>Las puntuaciones antes y después de cada masaje les muestran a usted y a su médico si le ayuda. 0 es nada, 10 lo peor que pueda imaginar. Salte las que no sepa decir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the massage: how are the feet now?</source>
        <translation>Después del masaje: ¿cómo están ahora los pies?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same three questions as before, so the two can be compared. 0 is none, 10 the worst you can imagine. You may skip them.</source>
        <translation>Las mismas tres preguntas que antes, para poder compararlas. 0 es nada, 10 lo peor que pueda imaginar. Puede saltarlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: 0–10 (1 then 0 for 10) · ← → change · Enter next · Esc skip</source>
        <translation>Teclas: 0–10 (1 y luego 0 para 10) · ← → cambiar · Intro siguiente · Esc omitir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Strong pain today: keep the touch very light, and stop if it gets worse. The pressure will not go up today.</source>
        <translation>Dolor fuerte hoy: el toque muy suave, y pare si empeora. Hoy la presión no subirá.</translation>
    </message>
</context>
<context>
    <name>SymptomsSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/symptoms.py" line="+81"/>
        <source>Does it help? Symptoms before and after each massage (0 = none, 10 = worst imaginable)</source>
        <translation>¿Ayuda? Síntomas antes y después de cada masaje (0 = nada, 10 = lo peor imaginable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Does it help?</source>
        <translation>¿Ayuda?</translation>
    </message>
</context>
<context>
    <name>TemperatureForm</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/temperature.py" line="+19"/>
        <source>Thermometer shows:</source>
        <translation>El termómetro marca:</translation>
    </message>
</context>
<context>
    <name>TemperatureScreen</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/footcheck/look.py" line="+54"/>
        <source>Skin temperature (optional)</source>
        <translation>Temperatura de la piel (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If there is a skin thermometer at hand, measure the same spot on both feet. A difference of more than 2.2 °C (4 °F) can be an early sign of trouble.</source>
        <translation>Si tiene a mano un termómetro de piel, mida el mismo punto en los dos pies. Una diferencia de más de 2,2 °C (4 °F) puede ser una señal temprana de un problema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No thermometer today</source>
        <translation>Hoy sin termómetro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>TouchChart</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/charts.py" line="+21"/>
        <source>Reduced</source>
        <translation>Reducida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heightened</source>
        <translation>Aumentada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>both feet</source>
        <translation>los dos pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light-touch check before the massage</source>
        <translation>Prueba del toque ligero antes del masaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{date} · {foot}: light touch {result}</source>
        <translation>{date} · {foot}: toque ligero {result}</translation>
    </message>
</context>
<context>
    <name>VoiceSection</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/settings/sections/voice.py" line="-55"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little slower</source>
        <translation>Un poco más lenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slower</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much slower</source>
        <translation>Mucho más lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little faster</source>
        <translation>Un poco más rápida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faster</source>
        <translation>Más rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much faster</source>
        <translation>Mucho más rápida</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is how the spoken guidance will sound.</source>
        <translation>Así sonarán las indicaciones habladas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spoken guidance is not available here.</source>
        <translation>Las indicaciones habladas no están disponibles en este equipo.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/history/charts.py" line="+14"/>
        <source>Sessions that week</source>
        <translation>Sesiones de esa semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks start on Monday</source>
        <translation>las semanas empiezan el lunes</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Week of {monday}: %n session(s)</source>
        <translation>
            <numerusform>Semana del {monday}: %n sesión</numerusform>
            <numerusform>Semana del {monday}: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n with warning signs or a stop</source>
        <translation>
            <numerusform>, %n con señales de alarma o detenida</numerusform>
            <numerusform>, %n con señales de alarma o detenidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/why.py" line="+20"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it cannot do</source>
        <translation>Lo que no puede hacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More help</source>
        <translation>Más ayuda</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+76"/>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT foot</source>
        <translation>pie IZQUIERDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RIGHT foot</source>
        <translation>pie DERECHO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>top view</source>
        <translation>vista de arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sole view</source>
        <translation>vista de la planta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side view</source>
        <translation>vista de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side view with the lower leg</source>
        <translation>vista de lado con la pierna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too light</source>
        <translation>demasiado ligera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just right</source>
        <translation>justo bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too firm</source>
        <translation>demasiado firme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too light</source>
        <translation>Demasiado ligera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just right</source>
        <translation>Justo bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too firm</source>
        <translation>Demasiado firme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reduced</source>
        <translation>reducida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heightened</source>
        <translation>aumentada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduced</source>
        <translation>Reducida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heightened</source>
        <translation>Aumentada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No massage</source>
        <translation>Sin masaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/reminders/words.py" line="+17"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Dentro de %n minuto</numerusform>
            <numerusform>Dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is still time for {name}&apos;s foot massage today, whenever it suits.</source>
        <translation>Hoy todavía hay tiempo para el masaje de pies de {name}, cuando os venga bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is time for {name}&apos;s foot massage, whenever you are ready.</source>
        <translation>Es la hora del masaje de pies de {name}, cuando estéis listos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would you like a gentle reminder on the days you choose? NeuroFoot reminds {name} only when that day&apos;s session is not done yet.</source>
        <translation>¿Quiere un recordatorio amable los días que elija? NeuroFoot avisa a {name} solo cuando la sesión de ese día aún no está hecha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one or two times a day.</source>
        <translation>Elija una o dos horas al día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two times overlap: please leave at least two hours between them.</source>
        <translation>Las dos horas se solapan: deje al menos dos horas entre ellas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours need both a start and an end.</source>
        <translation>Las horas de silencio necesitan un inicio y un final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation>Las horas de silencio necesitan un inicio y un final distintos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiet hours cover every reminder: please move them or the times.</source>
        <translation>Las horas de silencio tapan todos los recordatorios: cambie las horas de silencio o las del plan.</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+16"/>
        <source>{n} held back for safety</source>
        <translation>sin masaje por seguridad: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} set aside</source>
        <translation>apartadas: {n}</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/charts/symptoms.py" line="-78"/>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burning or tingling</source>
        <translation>ardor u hormigueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning or tingling</source>
        <translation>Ardor u hormigueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/widgets/controls.py" line="-107"/>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/session_list.py" line="+187"/>
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n señal</numerusform>
            <numerusform>%n señales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it hurt</source>
        <translation>dolió</translation>
    </message>
</context>
<context>
    <name>obj</name>
    <message>
        <location line="-167"/>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning signs before this session: {signs}.</source>
        <translation>Señales de alarma antes de esta sesión: {signs}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/main_window.py" line="-471"/>
        <source>An unfinished session</source>
        <translation>Una sesión sin terminar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The session started on {when} was not finished. Everything entered so far is saved.</source>
        <translation>La sesión que empezó el {when} no se terminó. Todo lo anotado hasta ahora está guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/player.py" line="-524"/>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../neurofoot_desktop/ui/session/player_layout.py" line="+80"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
</TS>
