<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../widgets/generate/apikeystore.cpp" line="+81"/>
        <source>This build has no keychain support; set the environment variable instead.</source>
        <translation>Esta versión no admite el llavero; define la variable de entorno en su lugar.</translation>
    </message>
</context>
<context>
    <name>CapabilityProbe</name>
    <message>
        <location filename="../models/generation/capabilityprobe.cpp" line="+92"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server reachable: %1</source>
        <translation>Servidor accesible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key accepted: %1</source>
        <translation>Clave de API aceptada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key accepted: not known (no request got far enough to tell)</source>
        <translation>Clave de API aceptada: no se sabe (ninguna petición llegó lo bastante lejos para saberlo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model list: %1 is %2</source>
        <translation>Lista de modelos: %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>listed</source>
        <translation>aparece en ella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT listed</source>
        <translation>NO aparece en ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model list: the server has no usable GET /models (not needed for generating)</source>
        <translation>Lista de modelos: el servidor no ofrece un GET /models utilizable (no hace falta para generar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat completions work: %1%2</source>
        <translation>Chat Completions funciona: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output (json_schema): refused by the server; runs will ask for plain JSON and extract it</source>
        <translation>Salida estructurada (json_schema): rechazada por el servidor; las ejecuciones pedirán JSON simple y lo extraerán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output (json_schema): %1</source>
        <translation>Salida estructurada (json_schema): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>honoured</source>
        <translation>respetada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored; runs will fall back to plain JSON</source>
        <translation>ignorada; las ejecuciones recurrirán a JSON simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token usage reported: %1%2</source>
        <translation>Uso de tokens informado: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (costs will be estimated)</source>
        <translation> (los costes se estimarán)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>CharacterCard</name>
    <message>
        <location filename="../models/sheet/charactercard.cpp" line="+67"/>
        <source>a CHARX package whose ZIP directory cannot be read</source>
        <translation>un paquete CHARX cuyo directorio ZIP no se puede leer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a CHARX package whose card.json is compressed in a way not read (method %1)</source>
        <translation>un paquete CHARX cuyo card.json está comprimido de una forma que no se lee (método %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a ZIP file without card.json, so no CHARX package</source>
        <translation>un archivo ZIP sin card.json, así que no es un paquete CHARX</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a card larger than 64 MB is not read</source>
        <translation>no se lee una tarjeta de más de 64 MB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a PNG image</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PNG image is cut off</source>
        <translation>la imagen PNG está cortada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the card&apos;s text in the PNG image is damaged</source>
        <translation>el texto de la tarjeta en la imagen PNG está dañado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PNG image carries no character card (no &quot;chara&quot; or &quot;ccv3&quot; text chunk)</source>
        <translation>la imagen PNG no lleva ninguna tarjeta de personaje (no hay fragmento de texto &quot;chara&quot; ni &quot;ccv3&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the card&apos;s text in the PNG image is not base64</source>
        <translation>el texto de la tarjeta en la imagen PNG no está en base64</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON no válido: %1 en el byte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a character card: it has no &quot;name&quot;</source>
        <translation>no es una tarjeta de personaje: no tiene &quot;name&quot;</translation>
    </message>
</context>
<context>
    <name>CharacterListModel</name>
    <message>
        <location filename="../models/project/characterlistmodel.cpp" line="+97"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Warnings in the sheet</source>
        <translation>Avisos en la ficha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
</context>
<context>
    <name>CharactersPage</name>
    <message>
        <location filename="../widgets/characters/characterspage.cpp" line="+90"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recor&amp;ds:</source>
        <translation>Regi&amp;stros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records for this character</source>
        <translation>Registros para este personaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the Tier&apos;s</source>
        <translation>Usar la del nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this character its tier&apos;s count again</source>
        <translation>Devolver a este personaje la cantidad de su nivel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep My Version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the File&apos;s Version</source>
        <translation>Cargar la versión del archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sheet editor</source>
        <translation>Editor de fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a character to edit its sheet.</source>
        <translation>Selecciona un personaje para editar su ficha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in sheet (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Buscar en la ficha (Intro: siguiente, Mayús+Intro: anterior, Esc: cerrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rendered sheet</source>
        <translation>Vista de la ficha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field the generator uses</source>
        <translation>Campo que usa el generador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parsed fields</source>
        <translation>Campos leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet warnings</source>
        <translation>Avisos de la ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warnings (Enter or click to jump to the line)</source>
        <translation>&amp;Avisos (Intro o clic para ir a la línea)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preview</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+448"/>
        <source>F&amp;ields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location line="-447"/>
        <source>Cate&amp;gories</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;mpt</source>
        <translation>Pro&amp;mpt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New Character…</source>
        <translation>&amp;Nuevo personaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Character Cards…</source>
        <translation>&amp;Importar tarjetas de personaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a sheet from each role-play character card (SillyTavern&apos;s JSON or PNG cards)</source>
        <translation>Crear una ficha a partir de cada tarjeta de personaje de rol (tarjetas JSON o PNG de SillyTavern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Character</source>
        <translation>&amp;Duplicar personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Character…</source>
        <translation>&amp;Renombrar personaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Character</source>
        <translation>E&amp;liminar personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move Do&amp;wn</source>
        <translation>Mover aba&amp;jo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Sheet</source>
        <translation>&amp;Guardar ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet changed on disk</source>
        <translation>La ficha cambió en el disco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file changed on disk since it was opened. Choose which version to keep in the bar above the editor.</source>
        <translation>El archivo cambió en el disco desde que se abrió. Elige qué versión conservar en la barra que hay sobre el editor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Sheet</source>
        <translation>&amp;Buscar en la ficha</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit:</source>
        <translation>&amp;Editar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This character&apos;s own categories</source>
        <translation>Categorías propias de este personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories common to every character</source>
        <translation>Categorías comunes a todos los personajes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inherited from the common categories:</source>
        <translation>Heredadas de las categorías comunes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the user asks (one line)</source>
        <translation>Lo que pide el usuario (una línea)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+433"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category (Insert)</source>
        <translation>Añadir una categoría (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected category (Delete)</source>
        <translation>Quitar la categoría seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Describe what the user asks in this category.</source>
        <translation>Describe lo que pide el usuario en esta categoría.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>System message</source>
        <translation>Mensaje de sistema</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>User message</source>
        <translation>Mensaje del usuario</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>own count (the tier&apos;s: %1)</source>
        <translation>cantidad propia (la del nivel: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the tier&apos;s count</source>
        <translation>la cantidad del nivel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No character selected</source>
        <translation>Ningún personaje seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a character in the list, or create one with Ctrl+N.</source>
        <translation>Elige un personaje de la lista o crea uno con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder with File ▸ Open Project (Ctrl+O).</source>
        <translation>Abre una carpeta de proyecto con Archivo ▸ Abrir proyecto (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 was changed by another program while you were editing it. Which version do you want to keep?</source>
        <translation>Otro programa ha modificado %1 mientras lo editabas. ¿Qué versión quieres conservar?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloaded: %1 was changed on disk.</source>
        <translation>Recargado: %1 cambió en el disco.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;p&gt;&lt;b&gt;This sheet cannot be edited.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Esta ficha no se puede editar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traits</source>
        <translation>Rasgos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n trait(s)</source>
        <translation>
            <numerusform>%n rasgo</numerusform>
            <numerusform>%n rasgos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature quote</source>
        <translation>Frase característica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n section(s); prompt budget %1 tokens each</source>
        <translation>
            <numerusform>%n sección; presupuesto del prompt: %1 tokens por sección</numerusform>
            <numerusform>%n secciones; presupuesto del prompt: %1 tokens por sección</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 tokens — over budget, the end is cut</source>
        <translation>%1 / %2 tokens — supera el presupuesto, se corta el final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut from the prompt:
%1</source>
        <translation>Recortado del prompt:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No warnings: the generator has what it needs.</source>
        <translation>Sin avisos: el generador tiene lo que necesita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ields (%1)</source>
        <translation>&amp;Campos (%1)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is already a category named %1; the name was not changed.</source>
        <translation>Ya hay una categoría llamada %1; el nombre no se cambió.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This character has no categories.</source>
        <translation>Este personaje no tiene categorías.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>One request for %n record(s) (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.</source>
        <translation>
            <numerusform>Una solicitud para %n registro (el tamaño de lote) con salida estructurada: sistema %1 tokens, usuario %2 tokens, %3 en total.</numerusform>
            <numerusform>Una solicitud para %n registros (el tamaño de lote) con salida estructurada: sistema %1 tokens, usuario %2 tokens, %3 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>New Character</source>
        <translation>Nuevo personaje</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the new character:</source>
        <translation>Nombre del nuevo personaje:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>Import Character Cards</source>
        <translation>Importar tarjetas de personaje</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Character cards (*.png *.json *.charx);;All files (*)</source>
        <translation>Tarjetas de personaje (*.png *.json *.charx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import character card %1</source>
        <translation>Importar la tarjeta de personaje %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n character card(s)</source>
        <translation>
            <numerusform>Importar %n tarjeta de personaje</numerusform>
            <numerusform>Importar %n tarjetas de personaje</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate Character</source>
        <translation>Duplicar personaje</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Rename Character</source>
        <translation>Renombrar personaje</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New name for %1 (the sheet file, the plan and stored records follow):</source>
        <translation>Nuevo nombre para %1 (el archivo de la ficha, el plan y los registros guardados se actualizan con él):</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Delete Character</source>
        <translation>Eliminar personaje</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete %1? The sheet moves to the .trash folder beside the sheets, and Edit ▸ Undo brings it back. Stored records stay in the database.</source>
        <translation>¿Eliminar a %1? La ficha se mueve a la carpeta .trash, junto a las fichas, y Editar ▸ Deshacer la recupera. Los registros guardados se quedan en la base de datos.</translation>
    </message>
    <message>
        <location filename="../widgets/characters/characterspage.h" line="+38"/>
        <source>&amp;Characters</source>
        <translation>&amp;Personajes</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../models/generation/chatclient.cpp" line="+71"/>
        <source>the base URL &quot;%1&quot; is not a valid http(s) URL</source>
        <translation>la URL base &quot;%1&quot; no es una URL http(s) válida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the base URL &quot;%1&quot; uses plain http to a host that is not this machine; the key and the data would travel unencrypted. Use https (plain http is accepted only for localhost / 127.0.0.1 / ::1).</source>
        <translation>la URL base &quot;%1&quot; usa http simple hacia un host que no es esta máquina; la clave y los datos viajarían sin cifrar. Usa https (http simple solo se acepta para localhost / 127.0.0.1 / ::1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the base URL &quot;%1&quot; must start with https:// (or http:// for a server on this machine)</source>
        <translation>la URL base &quot;%1&quot; debe empezar por https:// (o http:// para un servidor en esta máquina)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>no answer within the time limit</source>
        <translation>sin respuesta dentro del tiempo límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server&apos;s answer is not a chat completion</source>
        <translation>la respuesta del servidor no tiene formato de chat completion</translation>
    </message>
</context>
<context>
    <name>ChatLogReader</name>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="+71"/>
        <source>reading the chat failed: %1</source>
        <translation>la lectura del chat falló: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a chat longer than %1 MB is not read</source>
        <translation>no se lee un chat de más de %1 MB</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not a message of the chat: &quot;mes&quot; is missing or not text</source>
        <translation>no es un mensaje del chat: falta &quot;mes&quot; o no es texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the message has no text: the chat is read without it</source>
        <translation>el mensaje no tiene texto: el chat se lee sin él</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the chat has no messages</source>
        <translation>el chat no tiene mensajes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 in this group chat: %2</source>
        <translation>%1 en este chat de grupo: %2</translation>
    </message>
</context>
<context>
    <name>CompressedFile</name>
    <message>
        <location filename="../models/util/compressedfile.cpp" line="+52"/>
        <source>it is zstd-compressed: decompress it first (zstd -d %1)</source>
        <translation>está comprimido con zstd: descomprímalo primero (zstd -d %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is bzip2-compressed: decompress it first (bunzip2 -k %1)</source>
        <translation>está comprimido con bzip2: descomprímalo primero (bunzip2 -k %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is xz-compressed: decompress it first (unxz -k %1)</source>
        <translation>está comprimido con xz: descomprímalo primero (unxz -k %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a zip archive: extract its JSONL files first (unzip %1)</source>
        <translation>es un archivo zip: extraiga primero sus archivos JSONL (unzip %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a Parquet file: convert it to JSON Lines first (for example with pandas: pd.read_parquet(&quot;%1&quot;).to_json(&quot;out.jsonl&quot;, orient=&quot;records&quot;, lines=True))</source>
        <translation>es un archivo Parquet: conviértalo primero a JSON Lines (por ejemplo con pandas: pd.read_parquet(&quot;%1&quot;).to_json(&quot;out.jsonl&quot;, orient=&quot;records&quot;, lines=True))</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>zlib could not start</source>
        <translation>zlib no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the gzip data ends early: the file is cut off</source>
        <translation>los datos gzip terminan antes de tiempo: el archivo está cortado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the gzip data is damaged (%1)</source>
        <translation>los datos gzip están dañados (%1)</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <location filename="../models/dataset/datasetstore.cpp" line="+194"/>
        <source>%1 cannot be written: the folder %2 or the file is read-only</source>
        <translation>no se puede escribir en %1: la carpeta %2 o el archivo son de solo lectura</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+104"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has changes in its -wal file that cannot be merged in a read-only folder; open the project where it can be written once</source>
        <translation>%1 tiene cambios en su archivo -wal que no se pueden integrar en una carpeta de solo lectura; abre el proyecto una vez en un lugar donde se pueda escribir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is schema version %2; this studio reads version %3 and cannot upgrade it read-only</source>
        <translation>%1 tiene la versión de esquema %2; este estudio lee la versión %3 y no puede actualizarla en modo de solo lectura</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the database is schema version %1, newer than this studio reads (%2); update the studio</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente que la que lee esta versión de Persona Studio (%2); actualiza Persona Studio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>no se pudo actualizar el esquema a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../widgets/export/exportdialog.cpp" line="+46"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio records (persona, category, instruction, input, output)</source>
        <translation>Registros de Persona Studio (persona, category, instruction, input, output)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI chat fine-tuning (messages)</source>
        <translation>Ajuste fino de chat de OpenAI (messages)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (conversations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpaca (instruction, input, output)</source>
        <translation>Alpaca (instruction, input, output)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face messages (TRL, axolotl, LLaMA-Factory, unsloth)</source>
        <translation>Hugging Face messages (TRL, axolotl, LLaMA-Factory, unsloth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference pairs for DPO: your edit chosen, the generated reply rejected (TRL)</source>
        <translation>Pares de preferencia para DPO: tu edición como elegida, la respuesta generada como rechazada (TRL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted and edited records</source>
        <translation>Registros aceptados y editados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything not rejected</source>
        <translation>Todo lo que no esté rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;imported records</source>
        <translation>&amp;Incluir registros importados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validation split</source>
        <translation>&amp;Partición de validación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>see&amp;d</source>
        <translation>&amp;semilla</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Va&amp;lidate for:</source>
        <translation>&amp;Validar para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split longer conversations to fit</source>
        <translation>&amp;Dividir las conversaciones más largas para que quepan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Trainer&apos;s cutoff:</source>
        <translation>&amp;Corte del entrenador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de s&amp;alida:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;pen Folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 de %Ln registro</numerusform>
            <numerusform>%1 de %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Share of each character&apos;s records written to validation.jsonl</source>
        <translation>Proporción de los registros de cada personaje que se escribe en validation.jsonl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed gives the same split</source>
        <translation>La misma semilla da la misma partición</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fine-tuning model for the validation&apos;s token limit and cost estimate</source>
        <translation>Modelo de ajuste fino para el límite de tokens y la estimación de coste de la validación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sequence length of the trainer the files are for (LLaMA-Factory&apos;s cutoff_len, TRL&apos;s max_length, axolotl&apos;s sequence_len): the validation names the longer examples, whose ends the trainer cuts off</source>
        <translation>La longitud de secuencia del entrenador al que van los archivos (cutoff_len de LLaMA-Factory, max_length de TRL, sequence_len de axolotl): la validación nombra los ejemplos más largos, cuyo final corta el entrenador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The records cannot be counted: %1</source>
        <translation>No se pueden contar los registros: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) to export.</source>
        <translation>
            <numerusform>%Ln registro para exportar.</numerusform>
            <numerusform>%Ln registros para exportar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record is edited yet: a pair is a generated reply and your edit of it (E in the Review mode).</source>
        <translation>Aún no hay registros editados: un par es una respuesta generada y tu edición de ella (E en el modo Revisión).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record is accepted yet: accept records in the Review mode, or choose &quot;Everything not rejected&quot;.</source>
        <translation>Aún no hay registros aceptados: acepta registros en el modo Revisión o elige «Todo lo que no esté rechazado».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record to export with this choice.</source>
        <translation>Ningún registro que exportar con esta elección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a conversation longer than the cutoff as several examples of whole exchanges that each fit, rather than leave the trainer to cut its end off</source>
        <translation>Escribir una conversación más larga que el corte como varios ejemplos de intercambios enteros que quepan cada uno, en lugar de dejar que el entrenador corte su final</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The validation report of the exported files appears here.</source>
        <translation>Aquí aparece el informe de validación de los archivos exportados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file manager opened %1.</source>
        <translation>Ningún gestor de archivos abrió %1.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an output folder first.</source>
        <translation>Elige primero una carpeta de salida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export stopped; no file was changed.</source>
        <translation>Exportación detenida; no se modificó ningún archivo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported, but a trainer would reject the file: see the report.</source>
        <translation>Exportado, pero una herramienta de entrenamiento rechazaría el archivo: consulta el informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported and valid; the settings could not be remembered: %1</source>
        <translation>Exportado y válido; no se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported and valid.</source>
        <translation>Exportado y válido.</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <location filename="../models/exporting/exporter.cpp" line="+206"/>
        <source>Export stopped; no file was changed.</source>
        <translation>Exportación detenida; no se modificó ningún archivo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1:</source>
        <translation>Exportado a %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… %Ln more character file(s), %1</source>
        <translation>
            <numerusform>… %Ln archivo de personaje más, %1</numerusform>
            <numerusform>… %Ln archivos de personaje más, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln long conversation(s) written as %1 examples that fit the trainer&apos;s cutoff.</source>
        <translation>
            <numerusform>%Ln conversación larga escrita como %1 ejemplos que caben en el corte del entrenador.</numerusform>
            <numerusform>%Ln conversaciones largas escritas como %1 ejemplos que caben en el corte del entrenador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <location filename="../models/exporting/exportsettings.cpp" line="+97"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../models/exporting/exporter.cpp" line="-115"/>
        <source>Character-voice fine-tuning data for %1, exported by Persona Studio %2 on %3 in the `%4` format.</source>
        <translation>Datos de ajuste fino con la voz de los personajes de %1, exportados por Persona Studio %2 el %3 en el formato `%4`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per character</source>
        <translation>Registros por personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>character</source>
        <translation>personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records per category</source>
        <translation>Registros por categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection: %1; imported records %2.</source>
        <translation>Selección: %1; registros importados: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted and edited records</source>
        <translation>registros aceptados y editados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every record not rejected</source>
        <translation>todos los registros no rechazados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all records</source>
        <translation>todos los registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>included</source>
        <translation>incluidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>excluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the project</source>
        <translation>en el proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exported</source>
        <translation>exportados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(unknown model)</source>
        <translation>(modelo desconocido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was generated</source>
        <translation>Cómo se generó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated records were written by a language model through an OpenAI-compatible Chat Completions API, prompted with a Markdown character sheet per character and one scenario category per request, then reviewed in Persona Studio. Models: %1. Imported records (%2) come from existing datasets.</source>
        <translation>Los registros generados los escribió un modelo de lenguaje a través de una API Chat Completions compatible con OpenAI, con una ficha de personaje en Markdown por personaje y una categoría de escenario por solicitud en el prompt, y después se revisaron en Persona Studio. Modelos: %1. Los registros importados (%2) proceden de conjuntos de datos existentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instruction template: `%1`. System message template: `%2`.</source>
        <translation>Plantilla de instrucción: `%1`. Plantilla del mensaje de sistema: `%2`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation split: %1 per character, seed %2.</source>
        <translation>Partición de validación: %1 por personaje, semilla %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set (add &quot;license&quot; to the &quot;export&quot; object of studio.json).</source>
        <translation>Sin definir (añade &quot;license&quot; al objeto &quot;export&quot; de studio.json).</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>no output folder</source>
        <translation>no hay carpeta de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be created</source>
        <translation>%1 no se puede crear</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+32"/>
        <location line="+53"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>manifest.json or README.md cannot be written</source>
        <translation>no se puede escribir manifest.json o README.md</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be replaced</source>
        <translation>%1 no se puede reemplazar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not from an earlier export and is left as it is: choose an empty folder, or one an export wrote</source>
        <translation>%1 no viene de una exportación anterior y se deja como está: elige una carpeta vacía o una que haya escrito una exportación</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (record #%1, %2)</source>
        <translation> (registro n.º %1, %2)</translation>
    </message>
</context>
<context>
    <name>FineTuneValidator</name>
    <message>
        <location filename="../models/exporting/finetunevalidator.cpp" line="+80"/>
        <source>the example has %1 tokens, over the %2 tokens %3 accepts per training example</source>
        <translation>el ejemplo tiene %1 tokens, más de los %2 tokens que %3 acepta por ejemplo de entrenamiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the example has %1 tokens, over the trainer&apos;s cutoff of %2: its end is cut off in training</source>
        <translation>el ejemplo tiene %1 tokens, más que el corte del entrenador, %2: su final se corta en el entrenamiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;messages&quot; list</source>
        <translation>no hay lista &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; is not part of OpenAI&apos;s chat format and is ignored</source>
        <translation>la clave &quot;%1&quot; no forma parte del formato de chat de OpenAI y se ignora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>message %1 is not an object</source>
        <translation>el mensaje %1 no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 has no &quot;role&quot; or no &quot;content&quot;</source>
        <translation>el mensaje %1 no tiene &quot;role&quot; o no tiene &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message %1 has the unknown key &quot;%2&quot;</source>
        <translation>el mensaje %1 tiene la clave desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>message %1 has the unknown role &quot;%2&quot;</source>
        <translation>el mensaje %1 tiene el rol desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1: &quot;weight&quot; must be 0 or 1</source>
        <translation>mensaje %1: «weight» debe ser 0 o 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 (%2) has a &quot;weight&quot;: only assistant messages have one</source>
        <translation>el mensaje %1 (%2) tiene «weight»: solo los mensajes del asistente lo llevan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 (%2) has no text content</source>
        <translation>el mensaje %1 (%2) no tiene contenido de texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 repeats the role of the message before; chat templates that need alternating roles (Llama 2, Mistral, Gemma) refuse the conversation</source>
        <translation>el mensaje %1 repite el rol del mensaje anterior; las plantillas de chat que exigen roles alternos (Llama 2, Mistral, Gemma) rechazan la conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>message %1: the conversation begins with the %2; chat templates that need alternating roles (Llama 2, Mistral, Gemma) refuse it</source>
        <translation>mensaje %1: la conversación empieza con el rol &quot;%2&quot;; las plantillas de chat que exigen roles alternos (Llama 2, Mistral, Gemma) la rechazan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no assistant message</source>
        <translation>no hay ningún mensaje del asistente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>no system message</source>
        <translation>no hay ningún mensaje de sistema</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>no user message</source>
        <translation>no hay ningún mensaje del usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+145"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&quot;persona&quot; is missing or empty</source>
        <translation>falta &quot;persona&quot; o está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; no es texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;input&quot; is missing</source>
        <translation>falta &quot;input&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>falta &quot;output&quot; o está vacío</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&quot;dialogue&quot; is not a list of messages</source>
        <translation>&quot;dialogue&quot; no es una lista de mensajes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no &quot;conversations&quot; list</source>
        <translation>no hay lista &quot;conversations&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>turn %1 has no &quot;from&quot; or no &quot;value&quot;</source>
        <translation>el turno %1 no tiene &quot;from&quot; o no tiene &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>turn %1 has the unknown key &quot;%2&quot;</source>
        <translation>el turno %1 tiene la clave desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn %1 has the unknown &quot;from&quot; &quot;%2&quot;</source>
        <translation>el turno %1 tiene un valor de &quot;from&quot; desconocido: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1 (%2) has no text</source>
        <translation>el turno %1 (%2) no tiene texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1 repeats the speaker of the turn before; LLaMA-Factory drops such conversations</source>
        <translation>el turno %1 repite el hablante del turno anterior; LLaMA-Factory descarta esas conversaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1: the conversation begins with &quot;%2&quot;; LLaMA-Factory drops conversations that do not begin with &quot;human&quot;</source>
        <translation>turno %1: la conversación empieza con &quot;%2&quot;; LLaMA-Factory descarta las conversaciones que no empiezan con &quot;human&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no &quot;gpt&quot; turn</source>
        <translation>no hay ningún turno &quot;gpt&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;%1&quot;: a list of messages or text</source>
        <translation>no hay &quot;%1&quot;: una lista de mensajes o un texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot;: message %2 has no &quot;role&quot; or no text &quot;content&quot;</source>
        <translation>&quot;%1&quot;: el mensaje %2 no tiene &quot;role&quot; o no tiene &quot;content&quot; de texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: message %2 has the role &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: el mensaje %2 tiene el rol &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: message %2 (%3) has no text content</source>
        <translation>&quot;%1&quot;: el mensaje %2 (%3) no tiene contenido de texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt&apos;s last message is not the user&apos;s (%1)</source>
        <translation>el último mensaje del prompt no es del usuario (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;chosen&quot; and &quot;rejected&quot; are the same reply: the pair teaches nothing</source>
        <translation>&quot;chosen&quot; y &quot;rejected&quot; son la misma respuesta: el par no enseña nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;instruction&quot; is missing or not text</source>
        <translation>falta &quot;instruction&quot; o no es texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;input&quot; is not text</source>
        <translation>&quot;input&quot; no es texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;history&quot; entries must be [user, reply] pairs of text</source>
        <translation>las entradas de &quot;history&quot; deben ser pares de texto [usuario, respuesta]</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file starts with a UTF-8 byte order mark</source>
        <translation>el archivo empieza con una marca de orden de bytes (BOM) UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blank line: every line must be a JSON object</source>
        <translation>línea en blanco: cada línea debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>no es JSON válido: %1 en la columna %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;messages&quot;, &quot;conversations&quot;, &quot;chosen&quot;, &quot;persona&quot; or &quot;instruction&quot; key: unknown format</source>
        <translation>no hay clave &quot;messages&quot;, &quot;conversations&quot;, &quot;chosen&quot;, &quot;persona&quot; ni &quot;instruction&quot;: formato desconocido</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file is one JSON array, not JSON Lines: fine-tuning services read one JSON object per line. Import it into a project (persona-studio-cli import) and export it.</source>
        <translation>el archivo es un único array JSON, no JSON Lines: los servicios de ajuste fino leen un objeto JSON por línea. Impórtelo en un proyecto (persona-studio-cli import) y expórtelo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>duplicate of line %1</source>
        <translation>duplicado de la línea %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln example(s); OpenAI fine-tuning needs at least %1</source>
        <translation>
            <numerusform>%Ln ejemplo; el ajuste fino de OpenAI necesita al menos %1</numerusform>
            <numerusform>%Ln ejemplos; el ajuste fino de OpenAI necesita al menos %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <location filename="../widgets/generate/generatepage.cpp" line="+57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resume Run</source>
        <translation>&amp;Reanudar la ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run: it continues toward the targets and never stores a record twice</source>
        <translation>Iniciar una nueva ejecución: continúa hacia los objetivos y nunca guarda un registro dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%v / %m records (%p%)</source>
        <translation>%v / %m registros (%p&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress toward the target</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider, model, API key, concurrency, batch size, timeout and prices</source>
        <translation>Proveedor, modelo, clave de API, concurrencia, tamaño de lote, tiempo de espera y precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the endpoint whether it answers, accepts the key and honours structured output</source>
        <translation>Preguntar al endpoint si responde, acepta la clave y respeta la salida estructurada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>St&amp;art</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a run over the scope, after showing the estimate (Ctrl+Return)</source>
        <translation>Iniciar una ejecución sobre el ámbito tras mostrar la estimación (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+355"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Pause: no new requests, those in flight finish and are stored (Ctrl+P; again to resume)</source>
        <translation>Pausa: no se envían solicitudes nuevas; las que están en curso terminan y se guardan (Ctrl+P; otra vez para reanudar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop cleanly: answers in flight are stored, then the run ends (Ctrl+.)</source>
        <translation>Detener limpiamente: las respuestas en curso se guardan y después la ejecución termina (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel now: requests in flight are abandoned; what is stored stays</source>
        <translation>Cancelar ya: las solicitudes en curso se abandonan; lo guardado se conserva</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sc&amp;ope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which characters a run works on</source>
        <translation>Sobre qué personajes trabaja una ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budget:</source>
        <translation>Pre&amp;supuesto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stops before a request could pass this cost</source>
        <translation>La ejecución se detiene antes de que una solicitud pueda superar este coste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued and running</source>
        <translation>En cola y en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or cancelled</source>
        <translation>Fallidas o canceladas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <source>Selected character only</source>
        <translation>Solo el personaje seleccionado</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Retry &amp;Selected</source>
        <translation>Reintentar &amp;seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run for the characters of the selected failed jobs; it makes up what is missing</source>
        <translation>Iniciar una ejecución para los personajes de las tareas fallidas seleccionadas; completa lo que falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry All &amp;Failed</source>
        <translation>Reintentar todas las &amp;fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run for every character with a failed job</source>
        <translation>Iniciar una ejecución para cada personaje con alguna tarea fallida</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended below some targets</source>
        <translation>terminada por debajo de algunos objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at its budget</source>
        <translation>detenida al llegar a su presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last run, started %1, %2: %Ln job(s), %3 failed (its jobs are in the Jobs tab).</source>
        <translation>
            <numerusform>La última ejecución, iniciada el %1, %2: %Ln tarea, %3 fallidas (sus tareas están en la pestaña Tareas).</numerusform>
            <numerusform>La última ejecución, iniciada el %1, %2: %Ln tareas, %3 fallidas (sus tareas están en la pestaña Tareas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All characters</source>
        <translation>Todos los personajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key in keychain</source>
        <translation>clave en el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key from $%1</source>
        <translation>clave desde $%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Provider:&lt;/b&gt; %1 · &lt;b&gt;model&lt;/b&gt; %2 · %3 · %n at once</source>
        <translation>
            <numerusform>&lt;b&gt;Proveedor:&lt;/b&gt; %1 · &lt;b&gt;modelo&lt;/b&gt; %2 · %3 · %n a la vez</numerusform>
            <numerusform>&lt;b&gt;Proveedor:&lt;/b&gt; %1 · &lt;b&gt;modelo&lt;/b&gt; %2 · %3 · %n a la vez</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No estimate: %1</source>
        <translation>Sin estimación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cost unknown (no price for this model)</source>
        <translation>coste desconocido (no hay precio para este modelo)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Estimate:&lt;/b&gt; %n record(s) to generate</source>
        <translation>
            <numerusform>&lt;b&gt;Estimación:&lt;/b&gt; %n registro por generar</numerusform>
            <numerusform>&lt;b&gt;Estimación:&lt;/b&gt; %n registros por generar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n request(s)</source>
        <translation>
            <numerusform> en %n solicitud</numerusform>
            <numerusform> en %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · ≈ %1 tokens · %2</source>
        <translation> · ≈ %1 tokens · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a project to generate records.</source>
        <translation>Abre un proyecto para generar registros.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All targets are met — open Review to check records.</source>
        <translation>Todos los objetivos están cumplidos — abre Revisión para comprobar los registros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every character in this scope is at its target — open Review to check records.</source>
        <translation>Todos los personajes de este ámbito han alcanzado su objetivo — abre Revisión para comprobar los registros.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>no target · %Ln stored</source>
        <translation>
            <numerusform>sin objetivo · %Ln guardado</numerusform>
            <numerusform>sin objetivo · %Ln guardados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 · %3 more not counted</source>
        <translation>%1 / %2 · %3 más sin contar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+305"/>
        <source>%1 of %Ln request(s) in flight</source>
        <translation>
            <numerusform>%1 de %Ln solicitud en curso</numerusform>
            <numerusform>%1 de %Ln solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <location line="-309"/>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 progress</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2&apos;s records count toward the target of %3: the target is split over the plan&apos;s categories, and the other %4 are in categories the plan does not have or beyond a category&apos;s share.</source>
        <translation>%1 registros de %2 cuentan para el objetivo de %3: el objetivo se reparte entre las categorías del plan, y los otros %4 están en categorías que el plan no tiene o superan la parte de su categoría.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the studio closed while it ran</source>
        <translation>Persona Studio se cerró durante la ejecución</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+271"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>Ch&amp;aracters</source>
        <translation>Pe&amp;rsonajes</translation>
    </message>
    <message numerus="yes">
        <location line="+545"/>
        <source>&lt;b&gt;The last run did not finish&lt;/b&gt; (%1). Stored: %2 of %Ln record(s); resuming continues toward the targets without duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;La última ejecución no terminó&lt;/b&gt; (%1). Guardados: %2 de %Ln registro; al reanudar se continúa hacia los objetivos sin duplicados.</numerusform>
            <numerusform>&lt;b&gt;La última ejecución no terminó&lt;/b&gt; (%1). Guardados: %2 de %Ln registros; al reanudar se continúa hacia los objetivos sin duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <location line="+2"/>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Nothing to generate: every target in this scope is met.</source>
        <translation>Nada que generar: todos los objetivos de este ámbito están cumplidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all characters</source>
        <translation>todos los personajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Run</source>
        <translation>Iniciar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate for %1 with %2 at %3?</source>
        <translation>¿Generar para %1 con %2 en %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The run stops at the budget of %1.</source>
        <translation>&lt;br&gt;La ejecución se detiene al llegar al presupuesto de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the API key from the keychain…</source>
        <translation>Leyendo la clave de API del llavero…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 / %2: retry in %3 (%4)</source>
        <translation>%1 / %2: reintento en %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Run started: %1 at %2, %n request(s) planned</source>
        <translation>
            <numerusform>Ejecución iniciada: %1 en %2, %n solicitud prevista</numerusform>
            <numerusform>Ejecución iniciada: %1 en %2, %n solicitudes previstas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 records/min</source>
        <translation>%1 registros/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ETA %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 spent of ≈ %2 estimated</source>
        <translation>%1 gastado de ≈ %2 estimado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Run completed: %n record(s) stored</source>
        <translation>
            <numerusform>Ejecución completada: %n registro guardado</numerusform>
            <numerusform>Ejecución completada: %n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run ended short of the targets (%1): %n record(s) stored</source>
        <translation>
            <numerusform>La ejecución terminó sin alcanzar los objetivos (%1): %n registro guardado</numerusform>
            <numerusform>La ejecución terminó sin alcanzar los objetivos (%1): %n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Run stopped: %n record(s) stored</source>
        <translation>
            <numerusform>Ejecución detenida: %n registro guardado</numerusform>
            <numerusform>Ejecución detenida: %n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Budget reached: %n record(s) stored</source>
        <translation>
            <numerusform>Presupuesto alcanzado: %n registro guardado</numerusform>
            <numerusform>Presupuesto alcanzado: %n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run cancelled: %n record(s) stored</source>
        <translation>
            <numerusform>Ejecución cancelada: %n registro guardado</numerusform>
            <numerusform>Ejecución cancelada: %n registros guardados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run failed</source>
        <translation>La ejecución falló</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Paused — %n request(s) in flight finish and are stored</source>
        <translation>
            <numerusform>En pausa — %n solicitud en curso termina y se guarda</numerusform>
            <numerusform>En pausa — %n solicitudes en curso terminan y se guardan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping — storing the answers in flight</source>
        <translation>Deteniendo — guardando las respuestas en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting %1: %2</source>
        <translation>esperando %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run paused · %1</source>
        <translation>Ejecución en pausa · %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) running · %1</source>
        <translation>
            <numerusform>%n tarea en curso · %1</numerusform>
            <numerusform>%n tareas en curso · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Key not stored</source>
        <translation>Clave no guardada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The keychain did not store the key: %1</source>
        <translation>El llavero no guardó la clave: %1</translation>
    </message>
    <message>
        <location filename="../widgets/generate/generatepage.h" line="+56"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
</context>
<context>
    <name>GenerationRun</name>
    <message>
        <location filename="../models/generation/generationrun.cpp" line="+93"/>
        <source>%1 does not honour structured output for %2; asking for plain JSON from now on</source>
        <translation>%1 no respeta la salida estructurada para %2; a partir de ahora se pide JSON simple</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a character of this project</source>
        <translation>&quot;%1&quot; no es un personaje de este proyecto</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the run has already started</source>
        <translation>la ejecución ya ha empezado</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the job journal in %1 cannot be written: %2</source>
        <translation>no se puede escribir el diario de tareas en %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 / %2: giving up a job after %Ln attempt(s) (%3)</source>
        <translation>
            <numerusform>%1 / %2: se abandona una tarea tras %Ln intento (%3)</numerusform>
            <numerusform>%1 / %2: se abandona una tarea tras %Ln intentos (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+175"/>
        <source>records could not be stored in %1: %2</source>
        <translation>no se pudieron guardar los registros en %1: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>the budget of %1 would be passed by the next request; stopping</source>
        <translation>la siguiente solicitud superaría el presupuesto de %1; se detiene la ejecución</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the server refused the API key (from $%1): %2</source>
        <translation>el servidor rechazó la clave de API (de $%1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not know this model or path: %1</source>
        <translation>el servidor no conoce este modelo o esta ruta: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no usable record in the answer</source>
        <translation>no hay ningún registro utilizable en la respuesta</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 / %2: three jobs in a row ended without a record; this category is left for another run (last error: %3)</source>
        <translation>%1 / %2: tres tareas seguidas terminaron sin ningún registro; esta categoría se deja para otra ejecución (último error: %3)</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../widgets/insights/heatmapwidget.cpp" line="+124"/>
        <source>Run the quality checks to see how alike the characters sound.</source>
        <translation>Ejecuta las comprobaciones de calidad para ver cuánto se parecen las voces de los personajes.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>distinct %1</source>
        <translation>distintos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alike</source>
        <translation>%1 parecidos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ~ %2: %3</source>
        <translation>%1 ~ %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../models/dataset/importformat.cpp" line="+123"/>
        <source>message %1 (%2) has no text</source>
        <translation>el mensaje %1 (%2) no tiene texto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the conversation has no assistant reply</source>
        <translation>la conversación no tiene respuesta del asistente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the conversation has no user message before the assistant&apos;s reply</source>
        <translation>la conversación no tiene ningún mensaje del usuario antes de la respuesta del asistente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>message %1 is a tool call or its result: the studio keeps conversations of text only</source>
        <translation>el mensaje %1 es una llamada a una herramienta o su resultado: el estudio guarda solo conversaciones de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 has the role &quot;%2&quot;: the studio reads system, user and assistant messages</source>
        <translation>el mensaje %1 tiene el rol &quot;%2&quot;: el estudio lee mensajes system, user y assistant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>message %1 is not an object</source>
        <translation>el mensaje %1 no es un objeto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>message %1 has no &quot;%2&quot;</source>
        <translation>el mensaje %1 no tiene &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+35"/>
        <source>message %1: &quot;%2&quot; is not text</source>
        <translation>mensaje %1: &quot;%2&quot; no es texto</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n system message(s) after the first left out</source>
        <translation>
            <numerusform>%n mensaje de sistema después del primero omitido</numerusform>
            <numerusform>%n mensajes de sistema después del primero omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) after the last reply left out</source>
        <translation>
            <numerusform>%n mensaje después de la última respuesta omitido</numerusform>
            <numerusform>%n mensajes después de la última respuesta omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>message %1 holds a part of type &quot;%2&quot; (an image, a sound or a file): the studio keeps conversations of text only</source>
        <translation>el mensaje %1 contiene una parte de tipo «%2» (una imagen, un sonido o un archivo): el estudio solo guarda conversaciones de texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1: &quot;weight&quot; must be 0 or 1</source>
        <translation>mensaje %1: «weight» debe ser 0 o 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+675"/>
        <source>the conversation is empty</source>
        <translation>la conversación está vacía</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>&quot;dialogue&quot; is not a JSON array of messages</source>
        <translation>&quot;dialogue&quot; no es un array JSON de mensajes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dialogue&quot; is not a list of messages</source>
        <translation>&quot;dialogue&quot; no es una lista de mensajes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the reply has no text</source>
        <translation>la respuesta no tiene texto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the record has no user message (&quot;input&quot; is empty)</source>
        <translation>el registro no tiene mensaje del usuario (&quot;input&quot; está vacío)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>not a record: no &quot;messages&quot;, &quot;conversations&quot;, &quot;output&quot;, &quot;response&quot;, &quot;text&quot; or &quot;prompt&quot; and &quot;completion&quot; keys</source>
        <translation>No es un registro: no hay clave &quot;messages&quot;, &quot;conversations&quot;, &quot;output&quot;, &quot;response&quot; ni &quot;text&quot;, ni las claves &quot;prompt&quot; y &quot;completion&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;instruction&quot; and &quot;input&quot; are both empty</source>
        <translation>&quot;instruction&quot; e &quot;input&quot; están vacíos</translation>
    </message>
    <message>
        <location line="+549"/>
        <source>the line carries &quot;%1&quot;: the messages speak of them, and the studio keeps conversations of text only</source>
        <translation>la línea lleva «%1»: los mensajes hablan de ello, y el estudio solo guarda conversaciones de texto</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>falta &quot;%1&quot; o no es texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; no es texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the line has no request: &quot;instruction&quot;, &quot;prompt&quot;, &quot;query&quot; or &quot;question&quot; is missing or empty</source>
        <translation>la línea no tiene petición: falta &quot;instruction&quot;, &quot;prompt&quot;, &quot;query&quot; o &quot;question&quot;, o está vacío</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the tools offered (&quot;tools&quot;) left out</source>
        <translation>las herramientas ofrecidas («tools») omitidas</translation>
    </message>
    <message>
        <location line="-518"/>
        <location line="+449"/>
        <source>&quot;output&quot; is empty</source>
        <translation>&quot;output&quot; está vacío</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+491"/>
        <source>&quot;output&quot; is missing or not text</source>
        <translation>falta &quot;output&quot; o no es texto</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>no persona: the line names none (metadata.character, metadata.persona or persona) and no &quot;You are NAME&quot; system message was found</source>
        <translation>sin personaje: la línea no nombra ninguno (metadata.character, metadata.persona o persona) y no se encontró ningún mensaje de sistema &quot;You are NAME&quot;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&quot;%1&quot; has no reply: text, or a list with an assistant message</source>
        <translation>&quot;%1&quot; no tiene respuesta: un texto, o una lista con un mensaje del asistente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;prompt&quot; is missing: a preference pair needs the message the replies answer</source>
        <translation>falta &quot;prompt&quot;: un par de preferencia necesita el mensaje al que responden las respuestas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;completion&quot; is empty</source>
        <translation>&quot;completion&quot; está vacío</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;prompt&quot; and &quot;completion&quot; must both be text or both lists of messages</source>
        <translation>&quot;prompt&quot; y &quot;completion&quot; deben ser ambos texto o ambos listas de mensajes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;text&quot; is not a conversation in a chat template the studio reads (ChatML, Llama 3, Gemma, Mistral [INST], Alpaca&apos;s ### Instruction / ### Response, Human: / Assistant: transcripts)</source>
        <translation>&quot;text&quot; no es una conversación en una plantilla de chat que el estudio lea (ChatML, Llama 3, Gemma, Mistral [INST], ### Instruction / ### Response de Alpaca, transcripciones Human: / Assistant:)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;conversations&quot; is not a list</source>
        <translation>&quot;conversations&quot; no es una lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;messages&quot; is not a list</source>
        <translation>&quot;messages&quot; no es una lista</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;input&quot; and &quot;output&quot; must be text</source>
        <translation>&quot;input&quot; y &quot;output&quot; deben ser texto</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+540"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a usable record</source>
        <translation>no es un registro utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line too long</source>
        <translation>línea demasiado larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in part</source>
        <translation>conservado en parte</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location line="+92"/>
        <source>%1: not imported: %2</source>
        <translation>%1: no importado: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, read as one JSON array</source>
        <translation>, leído como un único array JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read as JSON objects one after another</source>
        <translation>, leído como objetos JSON uno tras otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 already imported before</source>
        <translation>, %1 ya importadas antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 changed since an earlier import (the earlier records kept beside)</source>
        <translation>, %1 cambiadas desde una importación anterior (los registros anteriores se conservan al lado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 stored with a part left out</source>
        <translation>, %1 guardados con una parte omitida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped there, the records before kept: %1</source>
        <translation>se detuvo ahí; los registros anteriores se conservan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %Ln record(s):</source>
        <translation>
            <numerusform>Se importó %Ln registro:</numerusform>
            <numerusform>Se importaron %Ln registros:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Skipped %Ln record(s):</source>
        <translation>
            <numerusform>Se omitió %Ln registro:</numerusform>
            <numerusform>Se omitieron %Ln registros:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped %Ln line(s):</source>
        <translation>
            <numerusform>Se omitió %Ln línea:</numerusform>
            <numerusform>Se omitieron %Ln líneas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>… %1 more</source>
        <translation>… %1 más</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (record %2)</source>
        <translation>%1 (registro %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln other reason(s)</source>
        <translation>
            <numerusform>%Ln motivo más</numerusform>
            <numerusform>%Ln motivos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %Ln line(s), %2 imported, %3 skipped, %4 blank</source>
        <translation>
            <numerusform>%1: %Ln línea, %2 importadas, %3 omitidas, %4 en blanco</numerusform>
            <numerusform>%1: %Ln líneas, %2 importadas, %3 omitidas, %4 en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>… %Ln more persona(s), %1</source>
        <translation>
            <numerusform>… %Ln persona más, %1</numerusform>
            <numerusform>… %Ln personas más, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Stored with a part of their line left out, %Ln record(s):</source>
        <translation>
            <numerusform>Guardado con una parte de su línea omitida, %Ln registro:</numerusform>
            <numerusform>Guardados con una parte de su línea omitida, %Ln registros:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matched to a character by part of its name: %1</source>
        <translation>Asignados a un personaje por parte de su nombre: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln más</numerusform>
            <numerusform>… %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas without a character sheet in the project: %1</source>
        <translation>Personajes sin ficha de personaje en el proyecto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was stopped before the end; the chunks stored so far are kept.</source>
        <translation>La importación se detuvo antes del final; se conservan los bloques guardados hasta ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records are stored, but their indexes could not be built again (%1): the studio builds them the next time it opens the project.</source>
        <translation>Los registros están guardados, pero sus índices no se pudieron volver a crear (%1): el estudio los crea la próxima vez que abra el proyecto.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../widgets/review/importsummarydialog.cpp" line="+24"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+170"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="-90"/>
        <location filename="../models/dataset/importer.cpp" line="-518"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 no válido en el byte %1</translation>
    </message>
    <message>
        <location filename="../models/dataset/jsonarrayreader.cpp" line="+29"/>
        <source>%1 (record %2 in the file)</source>
        <translation>%1 (registro %2 del archivo)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not valid JSON: a comma without a record before it; the rest of the file is not read</source>
        <translation>JSON no válido: una coma sin un registro antes; el resto del archivo no se lee</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: a record (&apos;{&apos;) expected after record %1 (line %2); the rest of the file is not read</source>
        <translation>JSON no válido: se esperaba un registro (&apos;{&apos;) después del registro %1 (línea %2); el resto del archivo no se lee</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: a comma or &apos;]&apos; expected after record %1 of the array (line %2); the rest of the file is not read</source>
        <translation>JSON no válido: se esperaba una coma o &apos;]&apos; después del registro %1 del array (línea %2); el resto del archivo no se lee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON: text after the array&apos;s closing &apos;]&apos;, not read</source>
        <translation>JSON no válido: texto después del &apos;]&apos; que cierra el array, no se lee</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record longer than %1 MB, skipped</source>
        <translation>registro de más de %1 MB, omitido</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+14"/>
        <source>not valid JSON: the file ends before the array&apos;s closing &apos;]&apos;</source>
        <translation>JSON no válido: el archivo termina antes del &apos;]&apos; que cierra el array</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>not valid JSON: the file ends inside this record</source>
        <translation>JSON no válido: el archivo termina dentro de este registro</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="+11"/>
        <location filename="../models/dataset/importer.cpp" line="+38"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+9"/>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON no válido: %1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="-4"/>
        <location filename="../models/dataset/importer.cpp" line="+5"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>no es JSON válido: %1 en la columna %2</translation>
    </message>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+583"/>
        <source>storing records in %1 failed: %2</source>
        <translation>no se pudieron guardar los registros en %1: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>reading failed after line %1: %2</source>
        <translation>la lectura falló después de la línea %1: %2</translation>
    </message>
    <message>
        <location line="-765"/>
        <location line="+35"/>
        <source>line longer than %1 MB, skipped</source>
        <translation>línea de más de %1 MB, omitida</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../widgets/insights/insightspage.h" line="+35"/>
        <source>&amp;Insights</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <location filename="../widgets/insights/insightspage.cpp" line="+269"/>
        <source>Run &amp;quality checks</source>
        <translation>Comprobar la &amp;calidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check every record for tics, duplicates, refusals and voice distinctness, and flag them for review</source>
        <translation>Buscar en cada registro muletillas, duplicados, negativas y falta de distinción de voces, y marcarlos para la revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Chart</source>
        <translation>E&amp;xportar gráfico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;PNG…</source>
        <translation>Como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;SVG…</source>
        <translation>Como &amp;SVG…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Over Time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+70"/>
        <source>No quality checks yet — press Run quality checks.</source>
        <translation>Aún no hay comprobaciones de calidad — pulsa Comprobar la calidad.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Sounds like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canon</source>
        <translation>Canon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The quality checks failed: %1</source>
        <translation>Las comprobaciones de calidad fallaron: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No project open.</source>
        <translation>Ningún proyecto abierto.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reading records</source>
        <translation>Leyendo registros</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No records yet — open Generate to start a run, or import a dataset.</source>
        <translation>Aún no hay registros — abre Generar para iniciar una ejecución o importa un conjunto de datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored, %1 accepted.</source>
        <translation>
            <numerusform>%Ln registro guardado; aceptados: %1.</numerusform>
            <numerusform>%Ln registros guardados; aceptados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored, all imported, %1 accepted.</source>
        <translation>
            <numerusform>%Ln registro guardado, importado; aceptados: %1.</numerusform>
            <numerusform>%Ln registros guardados, todos importados; aceptados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored (%1 generated, %2 imported), %3 accepted.</source>
        <translation>
            <numerusform>%Ln registro guardado (%1 generados, %2 importados); aceptados: %3.</numerusform>
            <numerusform>%Ln registros guardados (%1 generados, %2 importados); aceptados: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no sheet</source>
        <translation>sin ficha</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>The chart shows %1 of %2: the planned characters, then those with the most records; %Ln other(s) with %3 are left out.</source>
        <translation>
            <numerusform>El gráfico muestra %1 de %2: los personajes planificados y luego los que tienen más registros; se omite %Ln más, con %3.</numerusform>
            <numerusform>El gráfico muestra %1 de %2: los personajes planificados y luego los que tienen más registros; se omiten %Ln más, con %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, not accepted</source>
        <translation>%1, sin aceptar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select a character in the list to see its records.</source>
        <translation>Selecciona un personaje de la lista para ver sus registros.</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>%Ln record(s) checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. Double-click a row to review that character.</source>
        <translation>
            <numerusform>%Ln registro comprobado en %1 s. Grupos de casi duplicados: %2 (%3 entre personajes distintos). Nombres que no están en ninguna ficha: %4. Haz doble clic en una fila para revisar ese personaje.</numerusform>
            <numerusform>%Ln registros comprobados en %1 s. Grupos de casi duplicados: %2 (%3 entre personajes distintos). Nombres que no están en ninguna ficha: %4. Haz doble clic en una fila para revisar ese personaje.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-523"/>
        <location line="+353"/>
        <location line="+6"/>
        <location line="+92"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Records by category</source>
        <translation>Registros por categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>aceptados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>editados</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Records per character: solid accepted, light not reviewed yet, grey rejected, ◆ target</source>
        <translation>Registros por personaje: color sólido, aceptados; claro, sin revisar; gris, rechazados; ◆ objetivo</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n record(s); generation tokens %2 prompt + %3 completion; cost %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n registro; tokens de generación: %2 de prompt + %3 de respuesta; coste: %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n registros; tokens de generación: %2 de prompt + %3 de respuesta; coste: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Records by review status</source>
        <translation>Registros por estado de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length (tokens)</source>
        <translation>Longitud de la respuesta (tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User messages</source>
        <translation>Mensajes del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User message length (tokens)</source>
        <translation>Longitud del mensaje del usuario (tokens)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cumulative cost (USD)</source>
        <translation>Coste acumulado (USD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Voice distinctness</source>
        <translation>Distinción de voces</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Distinctness</source>
        <translation>Distinción</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Records generated per minute</source>
        <translation>Registros generados por minuto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>% of replies told apart</source>
        <translation>% de respuestas que se distinguen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replies that name someone or something of the character&apos;s sheet (its canon)</source>
        <translation>Respuestas que nombran a alguien o algo de la ficha del personaje (su canon)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice distinctness compares the %1 personas with the most records, of %2.</source>
        <translation>La distinción de voces compara las %1 personas con más registros, de %2.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <location filename="../models/util/issue.cpp" line="+10"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>JobQueueModel</name>
    <message>
        <location filename="../models/generation/jobqueuemodel.cpp" line="+157"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retrying: %1, waiting %2 s</source>
        <translation>reintentando: %1, esperando %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rate limit</source>
        <translation>límite de frecuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request timed out</source>
        <translation>la solicitud superó el tiempo de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unusable answer</source>
        <translation>respuesta inutilizable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>structured output refused</source>
        <translation>salida estructurada rechazada</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../widgets/main/languagedialog.cpp" line="+40"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies the next time Persona Studio starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Persona Studio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L&amp;anguage…</source>
        <translation>&amp;Idioma…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/main/mainwindow.cpp" line="+59"/>
        <source>Persona Studio</source>
        <translation>Persona Studio</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load Project</source>
        <translation>Re&amp;cargar proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Records…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text) into this project</source>
        <translation>Importar registros JSONL o arrays JSON (Persona Studio, chat de OpenAI, ShareGPT, Alpaca, instrucción/respuesta, prompt/completion, texto con plantilla de chat) a este proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export &amp;Again</source>
        <translation>Exportar de nue&amp;vo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+377"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+368"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Filter Characters</source>
        <translation>&amp;Filtrar personajes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character &amp;List</source>
        <translation>&amp;Lista de personajes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Character</source>
        <translation>&amp;Personaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Persona Studio</source>
        <translation>&amp;Acerca de Persona Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h1&gt;Persona Studio&lt;/h1&gt;&lt;p&gt;Build fine-tuning datasets of character voices.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Persona Studio&lt;/h1&gt;&lt;p&gt;Crea conjuntos de datos de ajuste fino con la voz de tus personajes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new project, or open a project folder: one with studio.json, or just a folder of character_*.md sheets.</source>
        <translation>Empieza un proyecto nuevo o abre una carpeta de proyecto: una con studio.json o, simplemente, una carpeta con fichas character_*.md.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter characters (Ctrl+K)</source>
        <translation>Filtrar personajes (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Created studio.json for the %n sheet(s) in this folder</source>
        <translation>
            <numerusform>Se creó studio.json para %n ficha de esta carpeta</numerusform>
            <numerusform>Se creó studio.json para las %n fichas de esta carpeta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not create studio.json: %1</source>
        <translation>No se pudo crear studio.json: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1[*] — Persona Studio</source>
        <translation>%1[*] — Persona Studio</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Deshacer escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Rehacer escritura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An import is running: drop the files again when it is done.</source>
        <translation>Hay una importación en curso: suelte los archivos de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Open Project Folder</source>
        <translation>Abrir carpeta de proyecto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Project: Choose or Create Its Folder</source>
        <translation>Nuevo proyecto: elige o crea su carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 already holds a project. Open it?</source>
        <translation>%1 ya contiene un proyecto. ¿Abrirlo?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The film, book or game the characters come from (prompts name it):</source>
        <translation>La película, el libro o el juego de donde vienen los personajes (los prompts lo nombran):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project cannot be started: %1</source>
        <translation>No se puede empezar el proyecto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project: add its characters with Character ▸ New Character (Ctrl+N).</source>
        <translation>Proyecto nuevo: añade sus personajes con Personaje ▸ Nuevo personaje (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n personaje</numerusform>
            <numerusform>%1 · %n personajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 / %Ln record(s)</source>
        <translation>
            <numerusform>%1 / %Ln registro</numerusform>
            <numerusform>%1 / %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n aviso</numerusform>
            <numerusform>, %n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Persona Studio</source>
        <translation>Acerca de Persona Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Persona Studio %1&lt;/h3&gt;&lt;p&gt;Build fine-tuning datasets of character voices with an LLM.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Persona Studio %1&lt;/h3&gt;&lt;p&gt;Crea conjuntos de datos de ajuste fino con la voz de tus personajes mediante un LLM.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Third-party software and data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — LGPL 3.0 (The Qt Company and contributors)&lt;/li&gt;&lt;li&gt;md4c — MIT licence (Martin Mitáš)&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-clause licence (Frank Osterfeld and contributors), where available&lt;/li&gt;&lt;li&gt;o200k_base and cl100k_base merge ranks from js-tiktoken — MIT licence (© 2022 OpenAI, Shantanu Jain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Software y datos de terceros&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — LGPL 3.0 (The Qt Company y colaboradores)&lt;/li&gt;&lt;li&gt;md4c — licencia MIT (Martin Mitáš)&lt;/li&gt;&lt;li&gt;SQLite — dominio público&lt;/li&gt;&lt;li&gt;QtKeychain — licencia BSD de 3 cláusulas (Frank Osterfeld y colaboradores), donde esté disponible&lt;/li&gt;&lt;li&gt;Rangos de fusión de o200k_base y cl100k_base de js-tiktoken — licencia MIT (© 2022 OpenAI, Shantanu Jain)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unsaved sheets</source>
        <translation>Fichas sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some sheets could not be saved (see the bar above the editor). Quit anyway and lose those changes?</source>
        <translation>Algunas fichas no se pudieron guardar (consulta la barra sobre el editor). ¿Salir de todos modos y perder esos cambios?</translation>
    </message>
</context>
<context>
    <name>PersonaChooserDialog</name>
    <message>
        <location filename="../widgets/review/personachooserdialog.cpp" line="+27"/>
        <source>Create Characters</source>
        <translation>Crear personajes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln registro</numerusform>
            <numerusform>%1 — %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personas without a character sheet</source>
        <translation>Personas sin ficha de personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter names</source>
        <translation>Filtrar nombres</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The import found %Ln persona(s) without a character sheet. Check the ones to create a sheet for (Space checks the current row); Edit ▸ Undo removes them again.</source>
        <translation>
            <numerusform>La importación encontró %Ln persona sin ficha de personaje. Marque las que quiera crear (Espacio marca la fila actual); Editar ▸ Deshacer las quita de nuevo.</numerusform>
            <numerusform>La importación encontró %Ln personas sin ficha de personaje. Marque las que quiera crear (Espacio marca la fila actual); Editar ▸ Deshacer las quita de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All Shown</source>
        <translation>Marcar &amp;todas las visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;None</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Crear %Ln personaje</numerusform>
            <numerusform>Crear %Ln personajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../widgets/plan/planpage.cpp" line="+72"/>
        <source>Records asked for in one request</source>
        <translation>Registros pedidos en una sola solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Tamaño de lote:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier / character</source>
        <translation>Nivel / personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records each</source>
        <translation>Registros por personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split over categories</source>
        <translation>Reparto por categorías</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add Tier…</source>
        <translation>&amp;Añadir nivel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name Tier…</source>
        <translation>Re&amp;nombrar nivel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tier</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move Tier &amp;Up</source>
        <translation>Mover nivel a&amp;rriba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move Tier Do&amp;wn</source>
        <translation>Mover nivel aba&amp;jo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To Tier &amp;Above</source>
        <translation>Al nivel &amp;superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To Tier &amp;Below</source>
        <translation>Al nivel &amp;inferior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Tier&apos;s &amp;Count</source>
        <translation>Usar la &amp;cantidad del nivel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag characters between tiers, or select one and press Ctrl+Up / Ctrl+Down. A character&apos;s own count overrides its tier&apos;s (shown in bold).</source>
        <translation>Arrastra personajes entre niveles, o selecciona uno y pulsa Ctrl+Arriba / Ctrl+Abajo. La cantidad propia de un personaje sustituye a la de su nivel (se muestra en negrita).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Records per character in tier %1</source>
        <translation>Registros por personaje en el nivel %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records for %1</source>
        <translation>Registros para %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (tier: %2)</source>
        <translation>%1 (nivel: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to generate</source>
        <translation>nada que generar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — %n character(s)</source>
        <translation>
            <numerusform>%1 — %n personaje</numerusform>
            <numerusform>%1 — %n personajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimating tokens and cost…</source>
        <translation>Estimando tokens y coste…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No estimate: %1</source>
        <translation>Sin estimación: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to generate: %1 in %2 of up to %3 · about %4 prompt + %5 completion tokens · %6 with %7</source>
        <translation>Quedan por generar: %1 en %2 de hasta %3 · unos %4 tokens de prompt + %5 de respuesta · %6 con %7</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+25"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%1 in the plan for %n character(s)</source>
        <translation>
            <numerusform>%1 en el plan para %n personaje</numerusform>
            <numerusform>%1 en el plan para %n personajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no price known for the model</source>
        <translation>no se conoce el precio del modelo</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+4"/>
        <source>Add Tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the new tier:</source>
        <translation>Nombre del nuevo nivel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>There is already a tier called %1.</source>
        <translation>Ya hay un nivel llamado %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Rename Tier</source>
        <translation>Renombrar nivel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New name for the %1 tier:</source>
        <translation>Nuevo nombre para el nivel %1:</translation>
    </message>
    <message>
        <location filename="../widgets/plan/planpage.h" line="+48"/>
        <source>&amp;Plan</source>
        <translation>Pla&amp;n</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../models/project/project.cpp" line="+44"/>
        <source>%1 should be a list of categories; it was ignored</source>
        <translation>%1 debería ser una lista de categorías; se ha ignorado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a category in %1 has no name; it was ignored</source>
        <translation>una categoría de %1 no tiene nombre; se ha ignorado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names the category %2 twice; the second was ignored</source>
        <translation>En %1, la categoría %2 aparece dos veces; se ignoró la segunda</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+12"/>
        <source>%1 cannot be created</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 already holds a project (studio.json)</source>
        <translation>%1 ya contiene un proyecto (studio.json)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder; a project is a folder with studio.json or character_*.md sheets</source>
        <translation>%1 no es una carpeta; un proyecto es una carpeta con studio.json o con fichas character_*.md</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON no válido: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: el elemento raíz debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is format version %2, newer than this version of the studio reads (%3); update the studio</source>
        <translation>%1 tiene la versión de formato %2, más reciente que la que lee esta versión de Persona Studio (%3); actualiza Persona Studio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sheets_dir &quot;%1&quot; points outside the project; &quot;rag-resources&quot; is used instead</source>
        <translation>sheets_dir &quot;%1&quot; apunta fuera del proyecto; se usa &quot;rag-resources&quot; en su lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheets_dir &quot;%1&quot; is not a folder name; &quot;rag-resources&quot; is used instead</source>
        <translation>sheets_dir &quot;%1&quot; no es un nombre de carpeta; se usa &quot;rag-resources&quot; en su lugar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a character without a name was ignored</source>
        <translation>se ignoró un personaje sin nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet of %1, &quot;%2&quot;, is not a file name inside the sheets folder; it was not read</source>
        <translation>la ficha de %1, &quot;%2&quot;, no es un nombre de archivo dentro de la carpeta de fichas; no se leyó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice; the second entry was ignored</source>
        <translation>%1 aparece dos veces; se ignoró la segunda entrada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a tier without a name was ignored</source>
        <translation>se ignoró un nivel sin nombre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>categories.common</source>
        <translation>categories.common</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the categories of %1</source>
        <translation>las categorías de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no studio.json and no character_*.md sheets (in the folder or in rag-resources/)</source>
        <translation>%1 no tiene studio.json ni fichas character_*.md (ni en la carpeta ni en rag-resources/)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sheets folder does not exist</source>
        <translation>la carpeta de fichas no existe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sheet of %1 is missing</source>
        <translation>falta la ficha de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet is headed &quot;%1&quot; but the project calls the character &quot;%2&quot;</source>
        <translation>la ficha se titula &quot;%1&quot;, pero el proyecto llama al personaje &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>another sheet already defines %1; this one was ignored</source>
        <translation>otra ficha ya define a %1; esta se ignoró</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in studio.json yet; added to the &quot;%2&quot; tier</source>
        <translation>%1 aún no está en studio.json; se añadió al nivel &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tier &quot;%1&quot; names %2, who has no sheet in the project</source>
        <translation>el nivel &quot;%1&quot; nombra a %2, que no tiene ficha en el proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in more than one tier; only the first counts</source>
        <translation>%1 está en más de un nivel; solo cuenta el primero</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+6"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../widgets/document/projectdocument.cpp" line="+207"/>
        <source>Use the tier&apos;s count for %1</source>
        <translation>Usar la cantidad del nivel para %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reorder %1</source>
        <translation>Reordenar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add tier %1</source>
        <translation>Añadir el nivel %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename tier %1 to %2</source>
        <translation>Renombrar el nivel %1 a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove tier %1</source>
        <translation>Quitar el nivel %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move tier %1</source>
        <translation>Mover el nivel %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit common categories</source>
        <translation>Editar las categorías comunes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the categories of %1</source>
        <translation>Editar las categorías de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set batch size to %1</source>
        <translation>Fijar el tamaño de lote en %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+80"/>
        <source>A character needs a name.</source>
        <translation>Un personaje necesita un nombre.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+80"/>
        <source>%1 is already in the project.</source>
        <translation>%1 ya está en el proyecto.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+39"/>
        <location line="+40"/>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>New character %1</source>
        <translation>Nuevo personaje %1</translation>
    </message>
    <message numerus="yes">
        <location line="-208"/>
        <source>Set %1 tier to %Ln record(s)</source>
        <translation>
            <numerusform>Fijar el nivel %1 en %Ln registro</numerusform>
            <numerusform>Fijar el nivel %1 en %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Set %1 to %Ln record(s)</source>
        <translation>
            <numerusform>Fijar %1 en %Ln registro</numerusform>
            <numerusform>Fijar %1 en %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+260"/>
        <location line="+36"/>
        <location line="+58"/>
        <source>%1 is not in the project.</source>
        <translation>%1 no está en el proyecto.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 Copy</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Copy %2</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The records of %1 could not be renamed: %2</source>
        <translation>No se pudo cambiar el nombre de los registros de %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Provider Settings</source>
        <translation>Cambiar los ajustes del proveedor</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Change Reject Reasons</source>
        <translation>Cambiar los motivos de rechazo</translation>
    </message>
</context>
<context>
    <name>ProjectFolder</name>
    <message>
        <location filename="../models/project/projectfolder.cpp" line="+11"/>
        <source>the project folder %1 does not exist</source>
        <translation>la carpeta del proyecto %1 no existe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a symbolic link to %2, outside the project folder; the studio neither reads nor writes through it</source>
        <translation>%1 es un enlace simbólico a %2, fuera de la carpeta del proyecto; el estudio no lee ni escribe a través de él</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside the project folder %2 (through a symbolic link); the studio neither reads nor writes it</source>
        <translation>%1 está fuera de la carpeta del proyecto %2 (a través de un enlace simbólico); el estudio no lo lee ni lo escribe</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../widgets/generate/providerdialog.cpp" line="+25"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama (this computer)</source>
        <translation>Ollama (este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama.cpp server (this computer)</source>
        <translation>Servidor llama.cpp (este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vLLM (this computer)</source>
        <translation>vLLM (este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LM Studio (this computer)</source>
        <translation>LM Studio (este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider Settings</source>
        <translation>Ajustes del proveedor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OpenAI-compatible endpoint, up to and including /v1. Plain http:// only for this computer.</source>
        <translation>El endpoint compatible con OpenAI, hasta /v1 incluido. http:// simple solo para este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Models</source>
        <translation>&amp;Listar modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the endpoint which models it serves (GET /models)</source>
        <translation>Preguntar al endpoint qué modelos ofrece (GET /models)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stored in the keychain — type to replace</source>
        <translation>guardada en el llavero — escribe para reemplazarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stored</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or &amp;environment variable:</source>
        <translation>…o variable de &amp;entorno:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is kept in the desktop keychain, never in the project folder. Without one, the variable above is read.</source>
        <translation>La clave se guarda en el llavero del escritorio, nunca en la carpeta del proyecto. Si no hay ninguna, se lee la variable de arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build stores no keys: the key is read from the environment variable above.</source>
        <translation>Esta versión no guarda claves: la clave se lee de la variable de entorno de arriba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests in flight at once; the run lowers it by itself when the server pushes back.</source>
        <translation>Solicitudes en curso a la vez; la ejecución la reduce por sí sola cuando el servidor se satura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concurrency:</source>
        <translation>C&amp;oncurrencia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> records per request</source>
        <translation> registros por solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Tamaño de lote:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>Tiempo de e&amp;spera:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;output</source>
        <translation>s&amp;alida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rice per million tokens:</source>
        <translation>P&amp;recio por millón de tokens:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test Connection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The endpoint refused the key for its model list (%1): check the key below.</source>
        <translation>El endpoint rechazó la clave para su lista de modelos (%1): revisa la clave de abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model list from this endpoint (%1); type the model&apos;s name.</source>
        <translation>Este endpoint no da lista de modelos (%1); escribe el nombre del modelo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The endpoint lists no models; type the model&apos;s name.</source>
        <translation>El endpoint no lista ningún modelo; escribe el nombre del modelo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) offered by the endpoint.</source>
        <translation>
            <numerusform>El endpoint ofrece %n modelo.</numerusform>
            <numerusform>El endpoint ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The endpoint works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El endpoint funciona.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;The endpoint does not work yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El endpoint todavía no funciona.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
</context>
<context>
    <name>QualityAnalyzer</name>
    <message>
        <location filename="../models/quality/qualityanalyzer.cpp" line="+86"/>
        <source>Checking replies</source>
        <translation>Comprobando respuestas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finding near-duplicates</source>
        <translation>Buscando casi duplicados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting phrases</source>
        <translation>Contando frases</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measuring voice distinctness</source>
        <translation>Midiendo la distinción de voces</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+70"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Reading records</source>
        <translation>Leyendo registros</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing flags</source>
        <translation>Escribiendo marcas</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../widgets/review/recordview.cpp" line="+54"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited reply</source>
        <translation>Respuesta editada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing the reply — &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves, &lt;b&gt;Esc&lt;/b&gt; leaves it unchanged. The generated text is kept and shown next to the edit.</source>
        <translation>Editando la respuesta — &lt;b&gt;Ctrl+Intro&lt;/b&gt; guarda, &lt;b&gt;Esc&lt;/b&gt; la deja sin cambios. El texto generado se conserva y se muestra junto a la edición.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+11"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (weight 0: not trained on)</source>
        <translation>%1 (weight 0: no se entrena con esta respuesta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited: removed words are struck through, added words underlined. Export uses the edited text.</source>
        <translation>Editado: las palabras eliminadas aparecen tachadas y las añadidas, subrayadas. La exportación usa el texto editado.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../models/generation/responseparser.cpp" line="+155"/>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the answer&apos;s JSON could not be read (cut off or malformed)</source>
        <translation>no se pudo leer el JSON de la respuesta (cortado o mal formado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer contains no JSON</source>
        <translation>la respuesta no contiene JSON</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../models/dataset/reviewmodel.cpp" line="+438"/>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record&apos;s number in studio.db</source>
        <translation>El número del registro en studio.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user message the character answers (the last one in a conversation)</source>
        <translation>El mensaje del usuario al que responde el personaje (el último en una conversación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character&apos;s reply (the edited one where there is an edit)</source>
        <translation>La respuesta del personaje (la editada si hay una edición)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revisado el</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../widgets/review/reviewpage.cpp" line="+87"/>
        <location line="+358"/>
        <source>All characters</source>
        <translation>Todos los personajes</translation>
    </message>
    <message>
        <location line="-357"/>
        <location line="+362"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Editados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Generados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+360"/>
        <source>Any flag</source>
        <translation>Cualquier marca</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Character filter</source>
        <translation>Filtro de personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag filter</source>
        <translation>Filtro de marca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search text</source>
        <translation>Buscar texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search Records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bulk</source>
        <translation>En &amp;bloque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept Selected</source>
        <translation>Aceptar los seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject Selected…</source>
        <translation>Rechazar los seleccionados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Selected to Unreviewed</source>
        <translation>Devolver los seleccionados a Sin revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept All Matching the Filter…</source>
        <translation>Aceptar todos los que coinciden con el filtro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject All Matching the Filter…</source>
        <translation>Rechazar todos los que coinciden con el filtro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset All Matching the Filter…</source>
        <translation>Restablecer todos los que coinciden con el filtro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top Up Rejected…</source>
        <translation>Reponer los rechazados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Imported Records…</source>
        <translation>Quitar registros importados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Reject Reasons…</source>
        <translation>Editar los motivos de rechazo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer Name…</source>
        <translation>Nombre del revisor…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The edit is saved when the decision on many records is stored.</source>
        <translation>La edición se guardará cuando se haya guardado la decisión sobre muchos registros.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Spot-Check Panel</source>
        <translation>Panel de &amp;control por muestreo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name recorded with your decisions; click it to change it</source>
        <translation>El nombre que se guarda con tus decisiones; haz clic para cambiarlo</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1 has no records yet.</source>
        <translation>%1 todavía no tiene registros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all records</source>
        <translation>Mostrar todos los registros</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Spot-check:</source>
        <translation>Control por muestreo:</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+25"/>
        <source>Spot-Check</source>
        <translation>Control por muestreo</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The spot-check cannot be kept in %1 (%2): it ends when the project closes.</source>
        <translation>El control por muestreo no se puede guardar en %1 (%2): termina al cerrar el proyecto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The end of the spot-check cannot be kept in %1 (%2): it will go on when the project opens again.</source>
        <translation>El final del control por muestreo no se puede guardar en %1 (%2): seguirá cuando el proyecto se abra de nuevo.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+56"/>
        <location line="+457"/>
        <source>Remove Imported Records</source>
        <translation>Quitar registros importados</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>The imported records cannot be read: %1</source>
        <translation>No se pueden leer los registros importados: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No records of this project were imported from a file.</source>
        <translation>Ningún registro de este proyecto se importó de un archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln registro</numerusform>
            <numerusform>%1 — %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the records imported from:</source>
        <translation>Quitar los registros importados de:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the %Ln record(s) imported from %1?</source>
        <translation>
            <numerusform>¿Quitar %Ln registro importado de %1?</numerusform>
            <numerusform>¿Quitar los %Ln registros importados de %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them have a review decision, which goes with them.</source>
        <translation>
            <numerusform>%Ln de ellos tiene una decisión de revisión, que se va con él.</numerusform>
            <numerusform>%Ln de ellos tienen una decisión de revisión, que se va con ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removing %Ln record(s) imported from %1…</source>
        <translation>
            <numerusform>Quitando %Ln registro importado de %1…</numerusform>
            <numerusform>Quitando %Ln registros importados de %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+457"/>
        <source>The records imported from %1 could not be removed: %2</source>
        <translation>No se pudieron quitar los registros importados de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-334"/>
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln registro omitido</numerusform>
            <numerusform>%Ln registros omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import stopped. %1 Importing the same files again adds only the lines not stored yet.</source>
        <translation>Importación detenida. %1 Importar de nuevo los mismos archivos añade solo las líneas que aún no están guardadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was imported only in part: %2.</source>
        <translation>%1 se importó solo en parte: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not imported: %2.</source>
        <translation>%1 no se importó: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) name no character (no persona, no “You are NAME” system message): Import as Character… stores them as the one you choose.</source>
        <translation>
            <numerusform>%Ln línea no nombra ningún personaje (ni persona, ni mensaje de sistema «You are NAME»): Importar como personaje… la guarda como el que elija.</numerusform>
            <numerusform>%Ln líneas no nombran ningún personaje (ni persona, ni mensaje de sistema «You are NAME»): Importar como personaje… las guarda como el que elija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) stored with a part of their line left out (more system messages, messages after the last reply): see the details.</source>
        <translation>
            <numerusform>%Ln registro guardado con una parte de su línea omitida (más mensajes de sistema, mensajes después de la última respuesta): vea los detalles.</numerusform>
            <numerusform>%Ln registros guardados con una parte de su línea omitida (más mensajes de sistema, mensajes después de la última respuesta): vea los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as the character whose name they are part of: %1.</source>
        <translation>Guardados como del personaje de cuyo nombre forman parte: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No character sheet for: %1.</source>
        <translation>No hay ficha de personaje para: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import as Character…</source>
        <translation>Importar como personaje…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import as Character</source>
        <translation>Importar como personaje</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The character for the %Ln line(s) that name none (type a name for a new one):</source>
        <translation>
            <numerusform>El personaje para la %Ln línea que no nombra ninguno (escriba un nombre para uno nuevo):</numerusform>
            <numerusform>El personaje para las %Ln líneas que no nombran ninguno (escriba un nombre para uno nuevo):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From Character Cards…</source>
        <translation>Desde tarjetas de personaje…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the sheets from role-play character cards (SillyTavern&apos;s JSON or PNG cards)</source>
        <translation>Crear las fichas a partir de tarjetas de personaje de rol (tarjetas JSON o PNG de SillyTavern)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New characters from an import</source>
        <translation>Nuevos personajes de una importación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New sheets for %1: complete them in the Characters mode (Edit ▸ Undo removes them).</source>
        <translation>Fichas nuevas para %1: complétalas en el modo Personajes (Edición ▸ Deshacer las quita).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The project&apos;s records cannot be read (%1).

The file is left as it is: restore it from a backup, or move it aside to start the records afresh, then reload the project (F5).</source>
        <translation>No se pueden leer los registros del proyecto (%1).

El archivo se deja tal cual: restáuralo desde una copia de seguridad o apártalo para empezar los registros de nuevo, y recarga el proyecto (F5).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records yet — open Generate to start a run, or import a file</source>
        <translation>Aún no hay registros — abre Generar para iniciar una ejecución o importa un archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>Undo stopped after %1 of %Ln record(s) — Backspace undoes the rest.</source>
        <translation>
            <numerusform>Deshacer detenido tras %1 de %Ln registro: Retroceso deshace el resto.</numerusform>
            <numerusform>Deshacer detenido tras %1 de %Ln registros: Retroceso deshace el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after %1 of %Ln record(s); they keep their new state — Backspace undoes them.</source>
        <translation>
            <numerusform>Detenido tras %1 de %Ln registro; conserva su nuevo estado: Retroceso lo deshace.</numerusform>
            <numerusform>Detenido tras %1 de %Ln registros; conservan su nuevo estado: Retroceso los deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only %1 of %Ln record(s) could be stored: %2</source>
        <translation>
            <numerusform>Solo se pudieron guardar %1 de %Ln registro: %2</numerusform>
            <numerusform>Solo se pudieron guardar %1 de %Ln registros: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1156"/>
        <source>Import a File…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Search text or #number (Ctrl+F)</source>
        <translation>Buscar texto o #número (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import Records…</source>
        <translation>Importar registros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text)</source>
        <translation>Importar registros JSONL o arrays JSON (Persona Studio, chat de OpenAI, ShareGPT, Alpaca, instrucción/respuesta, prompt/completion, texto con plantilla de chat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide on many records at once, top up rejected ones, edit reject reasons, import records</source>
        <translation>Decidir sobre muchos registros a la vez, completar los rechazados, editar los motivos de rechazo, importar registros</translation>
    </message>
    <message>
        <location line="+1270"/>
        <source>Reviewing as %1</source>
        <translation>Revisando como %1</translation>
    </message>
    <message>
        <location line="-827"/>
        <source>No record matches the filter.</source>
        <translation>Ningún registro coincide con el filtro.</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Reject Records</source>
        <translation>Rechazar registros</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reason for the %Ln record(s):</source>
        <translation>
            <numerusform>Motivo para %Ln registro:</numerusform>
            <numerusform>Motivo para los %Ln registros:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reject %Ln record(s)</source>
        <translation>
            <numerusform>Rechazar %Ln registro</numerusform>
            <numerusform>Rechazar %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accept %Ln record(s)</source>
        <translation>
            <numerusform>Aceptar %Ln registro</numerusform>
            <numerusform>Aceptar %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset %Ln record(s)</source>
        <translation>
            <numerusform>Restablecer %Ln registro</numerusform>
            <numerusform>Restablecer %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+583"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>%1 — every record the filter shows? Backspace undoes it.</source>
        <translation>%1 — ¿todos los registros que muestra el filtro? Retroceso lo deshace.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The decision could not be stored: %1</source>
        <translation>No se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rejected records do not count toward a character&apos;s target: the next Generate run tops each character back up to its target.</source>
        <translation>Los registros rechazados no cuentan para el objetivo de un personaje: la próxima ejecución de Generar repone cada personaje hasta su objetivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Top Up Rejected</source>
        <translation>Reponer los rechazados</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Edición ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Import of %1</source>
        <translation>Quitar la importación de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import Records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines or JSON arrays, also gzip-compressed (*.jsonl *.json *.txt *.jsonl.gz *.json.gz);;All files (*)</source>
        <translation>JSON Lines o arrays JSON, también comprimidos con gzip (*.jsonl *.json *.txt *.jsonl.gz *.json.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import of %Ln File(s)</source>
        <translation>
            <numerusform>Importación de %Ln archivo</numerusform>
            <numerusform>Importación de %Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Importing %Ln file(s)… %1 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>
            <numerusform>Importando %Ln archivo… %1 % · &lt;b&gt;Esc&lt;/b&gt; detener</numerusform>
            <numerusform>Importando %Ln archivos… %1 % · &lt;b&gt;Esc&lt;/b&gt; detener</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>No character sheet for %Ln persona(s), the most records first: %1 and %2 more.</source>
        <translation>
            <numerusform>Sin ficha de personaje para %Ln persona, primero las de más registros: %1 y %2 más.</numerusform>
            <numerusform>Sin ficha de personaje para %Ln personas, primero las de más registros: %1 y %2 más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Crear %Ln personaje</numerusform>
            <numerusform>Crear %Ln personajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Characters to Create…</source>
        <translation>Elegir personajes para crear…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>New sheets for %Ln character(s): complete them in the Characters mode (Edit ▸ Undo removes them).</source>
        <translation>
            <numerusform>Nueva ficha para %Ln personaje: complétela en el modo Personajes (Editar ▸ Deshacer la quita).</numerusform>
            <numerusform>Nuevas fichas para %Ln personajes: complételas en el modo Personajes (Editar ▸ Deshacer las quita).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln más</numerusform>
            <numerusform>… %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln record(s) imported</source>
        <translation>
            <numerusform>%Ln registro importado</numerusform>
            <numerusform>%Ln registros importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln línea omitida</numerusform>
            <numerusform>%Ln líneas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) imported.</source>
        <translation>
            <numerusform>%Ln registro importado.</numerusform>
            <numerusform>%Ln registros importados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+140"/>
        <source>No records left — Edit ▸ Undo “%1” brings them back</source>
        <translation>No quedan registros — Edición ▸ Deshacer «%1» los recupera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No records — Edit ▸ Redo “%1” brings them back</source>
        <translation>No hay registros — Edición ▸ Rehacer «%1» los recupera</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undoing “%1”…</source>
        <translation>Deshaciendo «%1»…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the records being stored…</source>
        <translation>Deteniendo tras los registros que se están guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undoing “%1”… %2 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>Deshaciendo «%1»… %2 % · &lt;b&gt;Esc&lt;/b&gt; detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1… %2 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>%1… %2 % · &lt;b&gt;Esc&lt;/b&gt; detener</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt; save the edit · &lt;b&gt;Esc&lt;/b&gt; cancel</source>
        <translation>&lt;b&gt;Ctrl+Intro&lt;/b&gt; guardar la edición · &lt;b&gt;Esc&lt;/b&gt; cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject because: %1 · &lt;b&gt;Esc&lt;/b&gt; cancel</source>
        <translation>Rechazar por: %1 · &lt;b&gt;Esc&lt;/b&gt; cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;A&lt;/b&gt; accept · &lt;b&gt;X&lt;/b&gt; reject · &lt;b&gt;1–9&lt;/b&gt; reject with reason · &lt;b&gt;E&lt;/b&gt; edit · &lt;b&gt;Space&lt;/b&gt; skip · &lt;b&gt;Backspace&lt;/b&gt; undo · &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; next/previous</source>
        <translation>&lt;b&gt;A&lt;/b&gt; aceptar · &lt;b&gt;X&lt;/b&gt; rechazar · &lt;b&gt;1–9&lt;/b&gt; rechazar con motivo · &lt;b&gt;E&lt;/b&gt; editar · &lt;b&gt;Espacio&lt;/b&gt; saltar · &lt;b&gt;Retroceso&lt;/b&gt; deshacer · &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; siguiente/anterior</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Reject Reasons</source>
        <translation>Motivos de rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One reason per line. Keys 1–9 pick the first nine when rejecting;
decisions already made keep their reason.</source>
        <translation>Un motivo por línea. Las teclas 1–9 eligen los nueve primeros al rechazar;
las decisiones ya tomadas conservan su motivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewer Name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded with your decisions from now on
(empty: the system&apos;s user name):</source>
        <translation>El nombre que se guardará con tus decisiones a partir de ahora
(vacío: el nombre de usuario del sistema):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>decisions wait until it is stored</source>
        <translation>las decisiones esperan a que termine</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Removed %Ln record(s) imported from %1 — Backspace or Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Se quitó %Ln registro importado de %1 — Retroceso o Edición ▸ Deshacer lo recupera.</numerusform>
            <numerusform>Se quitaron %Ln registros importados de %1 — Retroceso o Edición ▸ Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Detenido: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The decision was not stored: %1. Decisions made before are kept; press the key again once the cause is fixed.</source>
        <translation>La decisión no se guardó: %1. Las decisiones anteriores se conservan; pulsa la tecla de nuevo cuando hayas resuelto la causa.</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpage.h" line="+42"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <location filename="../models/dataset/reviewsampler.cpp" line="+51"/>
        <source>%1 %2 / %3 checked, %4 rejected</source>
        <translation>%1 %2 / %3 comprobados, %4 rechazados</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../models/dataset/reviewsession.cpp" line="+105"/>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of character</source>
        <translation>se sale del personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factual error</source>
        <translation>error factual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generic</source>
        <translation>genérico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>repetitive</source>
        <translation>repetitivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsafe</source>
        <translation>peligroso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth wall</source>
        <translation>rompe la cuarta pared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Wait until the decision on many records is stored, or stop it with Esc.</source>
        <translation>Espera a que se guarde la decisión sobre muchos registros, o detenla con Esc.</translation>
    </message>
    <message>
        <location filename="../models/dataset/reviewsession.h" line="+70"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <location filename="../widgets/document/sheetdocument.cpp" line="+56"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to edit here (more than %2 MB)</source>
        <translation>%1 es demasiado grande para editarlo aquí (más de %2 MB)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+8"/>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 no se puede guardar: %2</translation>
    </message>
</context>
<context>
    <name>SheetFileCommand</name>
    <message>
        <location filename="../widgets/document/sheetfilecommand.cpp" line="+59"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 no se puede eliminar: %2</translation>
    </message>
</context>
<context>
    <name>SheetParser</name>
    <message>
        <location filename="../models/sheet/sheetparser.cpp" line="+254"/>
        <source>a second top-level heading &quot;%1&quot; is read as a section</source>
        <translation>un segundo encabezado de primer nivel, &quot;%1&quot;, se lee como una sección</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 MB; a character sheet may be at most %2 MB, so it was not read</source>
        <translation>ocupa %1 MB; una ficha de personaje puede tener como máximo %2 MB, así que no se leyó</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is larger than %1 MB, so it was not read</source>
        <translation>ocupa más de %1 MB, así que no se leyó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a binary file, not a Markdown character sheet</source>
        <translation>es un archivo binario, no una ficha de personaje en Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation>no es UTF-8 válido (byte 0x%1 en la posición %2); guárdalo como UTF-8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is empty; the name &quot;%1&quot; was taken from the file name</source>
        <translation>está vacío; el nombre &quot;%1&quot; se tomó del nombre del archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>front matter opened with &quot;---&quot; is never closed; it was ignored</source>
        <translation>el front matter abierto con &quot;---&quot; nunca se cierra; se ignoró</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>front matter line is not &quot;key: value&quot;</source>
        <translation>la línea del front matter no es &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags list is not closed with &quot;]&quot;</source>
        <translation>la lista de tags no se cierra con &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>metadata line is not &quot;key: value&quot;</source>
        <translation>la línea de metadatos no es &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata list is not closed with &quot;]&quot;</source>
        <translation>la lista de metadatos no se cierra con &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the Markdown parser gave up on this file</source>
        <translation>el analizador de Markdown no pudo procesar este archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the metadata block</source>
        <translation>el bloque de metadatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the front matter title</source>
        <translation>el título del front matter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no &quot;# Name&quot; heading; the name &quot;%1&quot; was taken from %2</source>
        <translation>no hay encabezado &quot;# Nombre&quot;; el nombre &quot;%1&quot; se tomó de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata names the character &quot;%1&quot; but the heading says &quot;%2&quot;</source>
        <translation>los metadatos llaman al personaje &quot;%1&quot;, pero el encabezado dice &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no Personality section; replies will lack a voice to follow</source>
        <translation>no tiene sección Personality; las respuestas no tendrán una voz que seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists no traits (add `traits: [..]` to the metadata block)</source>
        <translation>no indica rasgos (añade `traits: [..]` al bloque de metadatos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>still holds the template&apos;s placeholder text in %1; the generator would send it as the character&apos;s</source>
        <translation>aún tiene el texto de ejemplo de la plantilla en %1; el generador lo enviaría como si fuera del personaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>section &quot;%1&quot; is %2 tokens; prompts keep about %3 and cut the rest</source>
        <translation>la sección &quot;%1&quot; tiene %2 tokens; los prompts conservan unos %3 y cortan el resto</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../widgets/main/shortcutsdialog.cpp" line="+55"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>Escribe para filtrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 mode</source>
        <translation>Modo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewing records (the list or the record has the keyboard)</source>
        <translation>Revisar registros (el teclado en la lista o en el registro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and go to the next record</source>
        <translation>Aceptar y pasar al siguiente registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject: then 1–9 for the reason, Esc to cancel</source>
        <translation>Rechazar: luego 1–9 para el motivo, Esc para cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject with that reason at once</source>
        <translation>Rechazar con ese motivo directamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reply (Ctrl+Enter saves, Esc leaves it unchanged)</source>
        <translation>Editar la respuesta (Ctrl+Intro guarda, Esc la deja como estaba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to the next record</source>
        <translation>Saltar al siguiente registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last decision</source>
        <translation>Deshacer la última decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace, Ctrl+Z</source>
        <translation>Retroceso, Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the last undone decision again</source>
        <translation>Volver a tomar la última decisión deshecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Mayús+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous record</source>
        <translation>Registro siguiente / anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J / K, Down / Up</source>
        <translation>J / K, Abajo / Arriba</translation>
    </message>
</context>
<context>
    <name>SpotCheckPanel</name>
    <message>
        <location filename="../widgets/review/spotcheckpanel.cpp" line="+23"/>
        <source>&amp;Start Spot-Check</source>
        <translation>&amp;Iniciar control por muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records per character</source>
        <translation>Registros por personaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of each character</source>
        <translation>Porcentaje de cada personaje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same seed over the same records draws the same sample</source>
        <translation>La misma semilla sobre los mismos registros extrae la misma muestra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new seed</source>
        <translation>Extraer una semilla nueva</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sa&amp;mple:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;ze:</source>
        <translation>Tamañ&amp;o:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See&amp;d:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Comprobados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review progress per character</source>
        <translation>Progreso de la revisión por personaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted or edited among the checked records, with the 95% confidence interval</source>
        <translation>Aceptados o editados entre los registros comprobados, con el intervalo de confianza del 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Spot-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Control por muestreo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Drawing the sample…</source>
        <translation>Sorteando la muestra…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spot-check with seed &lt;b&gt;%1&lt;/b&gt;: the list shows the sample only.</source>
        <translation>Control por muestreo con la semilla &lt;b&gt;%1&lt;/b&gt;: la lista muestra solo la muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records of each character:</source>
        <translation>Todos los registros de cada personaje:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1% (%2–%3%)</source>
        <translation>%1&#xa0;% (%2–%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted or edited among the checked records; the true rate lies in the bracket with 95% confidence (Wilson score interval)</source>
        <translation>Aceptados o editados entre los registros comprobados; la tasa real está en el intervalo con un 95&#xa0;% de confianza (intervalo de puntuación de Wilson)</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <location filename="../models/exporting/finetunevalidator.cpp" line="-340"/>
        <source> (detected)</source>
        <translation> (detectado)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… %Ln more problem(s)</source>
        <translation>
            <numerusform>… %Ln problema más</numerusform>
            <numerusform>… %Ln problemas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors by kind: %1</source>
        <translation>Errores por tipo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples without a system message: %1; without a user message: %2</source>
        <translation>Ejemplos sin mensaje de sistema: %1; sin mensaje del usuario: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min %1, max %2, mean %3, median %4, p5 %5, p95 %6</source>
        <translation>mín. %1, máx. %2, media %3, mediana %4, p5 %5, p95 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens per example (o200k_base, with chat overhead): %1</source>
        <translation>Tokens por ejemplo (o200k_base, con la sobrecarga del chat): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant tokens per example: %1</source>
        <translation>Tokens del asistente por ejemplo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples over the %1-token limit of %2: %3</source>
        <translation>Ejemplos por encima del límite de %1 tokens de %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples over the trainer&apos;s %1-token cutoff: %2 (their ends are cut off in training)</source>
        <translation>Ejemplos por encima del corte del entrenador de %1 tokens: %2 (su final se corta en el entrenamiento)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate examples: %1</source>
        <translation>Ejemplos duplicados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed training tokens: %1 per epoch × %2 epochs%3 = %4</source>
        <translation>Tokens de entrenamiento facturados: %1 por época × %2 épocas%3 = %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 for %2 at %3 per 1M training tokens</source>
        <translation>, unos %1 para %2 a %3 por millón de tokens de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no price known for %1)</source>
        <translation> (no se conoce el precio de %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training tokens per epoch: %1 (counted with o200k_base; the model trained on this file counts with its own tokenizer)</source>
        <translation>Tokens de entrenamiento por época: %1 (contados con o200k_base; el modelo entrenado con este archivo cuenta con su propio tokenizador)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: no errors, %1</source>
        <translation>OK: ningún error, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: %1, %2</source>
        <translation>RECHAZADO: %1, %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: not checked</source>
        <translation>%1: sin comprobar</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln example(s)</source>
        <translation>
            <numerusform>%Ln ejemplo</numerusform>
            <numerusform>%Ln ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 format%3, %4, %5</source>
        <translation>%1: formato %2%3, %4, %5</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cmd_plan.cpp" line="+17"/>
        <source>Prints the generation plan: for each character its tier, target, traits and how the target is split over its categories.</source>
        <translation>Muestra el plan de generación: para cada personaje, su nivel, su objetivo, sus rasgos y cómo se reparte el objetivo entre sus categorías.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+19"/>
        <source>Writes the project&apos;s records as JSONL training files: &lt;slug&gt;_synthetic.jsonl per character, all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl with --val-split, manifest.json and README.md. Files are replaced only when all were written.
Exit status: 0 written and valid, 1 failed (nothing changed), 2 usage error, 3 written but the training file would be rejected.</source>
        <translation>Escribe los registros del proyecto como archivos de entrenamiento JSONL: &lt;slug&gt;_synthetic.jsonl por personaje, all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl con --val-split, manifest.json y README.md. Los archivos solo se sustituyen cuando se han escrito todos.
Código de salida: 0 escritos y válidos, 1 error (no se cambió nada), 2 error de uso, 3 escritos, pero el archivo de entrenamiento se rechazaría.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="+71"/>
        <source>The project folder.</source>
        <translation>La carpeta del proyecto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 needs --project DIR</source>
        <translation>%1 necesita --project DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+7"/>
        <source>The output folder.</source>
        <translation>La carpeta de salida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studio, openai-chat (default), sharegpt, alpaca, hf-messages or dpo.</source>
        <translation>studio, openai-chat (predeterminado), sharegpt, alpaca, hf-messages o dpo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted (accepted and edited, default), reviewed (everything not rejected) or all.</source>
        <translation>accepted (aceptados y editados, predeterminado), reviewed (todo lo no rechazado) o all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (default) or no: include imported records.</source>
        <translation>yes (predeterminado) o no: incluir los registros importados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each character&apos;s records in validation.jsonl (0 &lt; F &lt; 1).</source>
        <translation>Proporción de los registros de cada personaje en validation.jsonl (0 &lt; F &lt; 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the validation split (default 42).</source>
        <translation>Semilla de la partición de validación (predeterminada: 42).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model for the validation&apos;s token limit and cost (default gpt-4o-mini).</source>
        <translation>Modelo para el límite de tokens y el coste de la validación (predeterminado: gpt-4o-mini).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --cutoff: write a longer conversation as several examples of whole exchanges that fit, rather than leave it to be cut off.</source>
        <translation>Con --cutoff: escribir una conversación más larga como varios ejemplos de intercambios enteros que quepan, en lugar de dejar que se corte.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="-33"/>
        <source>The sequence length of the trainer the file is for (LLaMA-Factory&apos;s cutoff_len, TRL&apos;s max_length, axolotl&apos;s sequence_len): longer examples are named, as the trainer cuts their ends off.</source>
        <translation>La longitud de secuencia del entrenador al que va el archivo (cutoff_len de LLaMA-Factory, max_length de TRL, sequence_len de axolotl): se nombran los ejemplos más largos, pues el entrenador corta su final.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+5"/>
        <source>export needs --project DIR and --out DIR</source>
        <translation>export necesita --project DIR y --out DIR</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cmd_validate.cpp" line="+39"/>
        <source>unknown format &quot;%1&quot;; one of %2</source>
        <translation>formato desconocido &quot;%1&quot;; debe ser uno de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--include is accepted, reviewed or all</source>
        <translation>--include admite accepted, reviewed o all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--imported is yes or no</source>
        <translation>--imported admite yes o no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--val-split is a number between 0 and 1, such as 0.1</source>
        <translation>--val-split es un número entre 0 y 1, como 0.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed is a whole number</source>
        <translation>--seed es un número entero</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="+11"/>
        <source>--cutoff is a whole number of tokens, such as 4096</source>
        <translation>--cutoff es un número entero de tokens, como 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+8"/>
        <source>--split-long needs --cutoff</source>
        <translation>--split-long necesita --cutoff</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write training files (--project DIR --out DIR [--format F] [--include accepted|reviewed|all] [--imported yes|no] [--val-split F] [--seed N])</source>
        <translation>escribir los archivos de entrenamiento (--project DIR --out DIR [--format F] [--include accepted|reviewed|all] [--imported yes|no] [--val-split F] [--seed N])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_plan.cpp" line="+3"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+31"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+25"/>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan for %1 (%2)</source>
        <translation>Plan para %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (tier: %1)</source>
        <translation>  (nivel: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>traits: </source>
        <translation>rasgos: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total to generate: %1 for %2</source>
        <translation>Total por generar: %1 para %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_generate.cpp" line="+86"/>
        <location filename="../app/cli/cmd_plan.cpp" line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_plan.cpp" line="+1"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln personaje</numerusform>
            <numerusform>%Ln personajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print the generation plan of a project (--project DIR [--json])</source>
        <translation>mostrar el plan de generación de un proyecto (--project DIR [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tokens.cpp" line="+18"/>
        <source>Prints the number of tokens of FILE (or of standard input) for an OpenAI encoding, exactly as tiktoken counts them. The bytes are read as UTF-8; ill-formed sequences count as U+FFFD. Special tokens such as &lt;|endoftext|&gt; are counted as ordinary text.</source>
        <translation>Muestra el número de tokens de FILE (o de la entrada estándar) para una codificación de OpenAI, exactamente como los cuenta tiktoken. Los bytes se leen como UTF-8; las secuencias mal formadas cuentan como U+FFFD. Los tokens especiales como &lt;|endoftext|&gt; se cuentan como texto normal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>o200k_base (default; GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5).</source>
        <translation>o200k_base (predeterminada; GPT-4o y posteriores) o cl100k_base (GPT-4, GPT-3.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the token ids, space-separated, instead of their count.</source>
        <translation>Mostrar los id de los tokens, separados por espacios, en lugar de su número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read; standard input if omitted or &apos;-&apos;.</source>
        <translation>El archivo que se lee; la entrada estándar si se omite o es &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tokens takes at most one FILE</source>
        <translation>tokens admite como máximo un FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown encoding &apos;%1&apos; (known: %2)</source>
        <translation>codificación desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 rank table is missing from this build</source>
        <translation>falta la tabla de rangos %1 en esta versión</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count (or list) the o200k_base / cl100k_base tokens of a file</source>
        <translation>contar (o listar) los tokens o200k_base / cl100k_base de un archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="-43"/>
        <source>Dry run: nothing is sent. %1 at %2, batches of %3.</source>
        <translation>Simulación: no se envía nada. %1 en %2, lotes de %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+25"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+19"/>
        <source>character</source>
        <translation>personaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_quality.cpp" line="-4"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+0"/>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prompt tok</source>
        <translation>tok prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output tok</source>
        <translation>tok salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>est. cost</source>
        <translation>coste est.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 for %2; about %3 prompt + %4 output tokens; estimated cost %5 (output tokens are an estimate).</source>
        <translation>%1 para %2; unos %3 tokens de prompt + %4 de salida; coste estimado %5 (los tokens de salida son una estimación).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Run %1: %2 in %3, %Ln request(s).</source>
        <translation>
            <numerusform>Ejecución %1: %2 en %3, %Ln solicitud.</numerusform>
            <numerusform>Ejecución %1: %2 en %3, %Ln solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per character (stored by this run / in the project / target):</source>
        <translation>Registros por personaje (guardados en esta ejecución / en el proyecto / objetivo):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (short)</source>
        <translation>  (faltan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+32"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+28"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+0"/>
        <source>Dropped: %1</source>
        <translation>Descartados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries: %1</source>
        <translation>Reintentos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens: %1 prompt + %2 completion; cost %3%4</source>
        <translation>Tokens: %1 de prompt + %2 de respuesta; coste %3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (no price for this model in studio.json)</source>
        <translation> (no hay precio para este modelo en studio.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output: %1</source>
        <translation>Salida estructurada: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json_schema</source>
        <translation>json_schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plain JSON (fallback)</source>
        <translation>JSON simple (alternativa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left for another run: %1</source>
        <translation>Pendiente para otra ejecución: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every target is met.</source>
        <translation>Se han alcanzado todos los objetivos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some targets are not met yet; run generate again to continue.</source>
        <translation>Aún no se han alcanzado algunos objetivos; vuelve a ejecutar generate para continuar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generates records until every character and category of the plan holds exactly its target. Safe to interrupt and to run again: it continues where the project stands.</source>
        <translation>Genera registros hasta que cada personaje y cada categoría del plan tengan exactamente su objetivo. Se puede interrumpir y volver a ejecutar sin riesgo: continúa desde donde está el proyecto.</translation>
    </message>
    <message>
        <location filename="../app/cli/provideroptions.cpp" line="+12"/>
        <source>OpenAI-compatible API base URL (default: the project&apos;s).</source>
        <translation>URL base de la API compatible con OpenAI (predeterminada: la del proyecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name (default: the project&apos;s).</source>
        <translation>Nombre del modelo (predeterminado: el del proyecto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment variable holding the API key (default: the project&apos;s, usually OPENAI_API_KEY).</source>
        <translation>Variable de entorno que contiene la clave de API (predeterminada: la del proyecto, normalmente OPENAI_API_KEY).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="+4"/>
        <source>Requests in flight at most (default: the project&apos;s, 8).</source>
        <translation>Máximo de solicitudes en curso (predeterminado: el del proyecto, 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records asked for per request (default: the project&apos;s, 5).</source>
        <translation>Registros pedidos por solicitud (predeterminado: el del proyecto, 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-request timeout in seconds (default 120).</source>
        <translation>Tiempo de espera por solicitud, en segundos (predeterminado: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per job before it is given up (default 5).</source>
        <translation>Intentos por tarea antes de abandonarla (predeterminado: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this character (repeatable).</source>
        <translation>Solo este personaje (se puede repetir).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop before the run&apos;s cost would pass this many US dollars.</source>
        <translation>Detenerse antes de que el coste de la ejecución supere esta cantidad de dólares estadounidenses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the planned requests, token counts and estimated cost; send nothing.</source>
        <translation>Mostrar las solicitudes previstas, los tokens y el coste estimado; no enviar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First retry delay in milliseconds (default 500).</source>
        <translation>Espera antes del primer reintento, en milisegundos (predeterminada: 500).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a numeric option is out of range; see generate --help</source>
        <translation>una opción numérica está fuera de rango; consulta generate --help</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>retry %1 / %2 (job %3, attempt %4): %5, in %6 ms</source>
        <translation>reintento %1 / %2 (tarea %3, intento %4): %5, dentro de %6 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored %1 for %2 / %3 (%4/%5)</source>
        <translation>guardados %1 para %2 / %3 (%4/%5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2 records  %3 in flight  %4 retrying  %5 tokens  %6  %7</source>
        <translation>%1/%2 registros  %3 en curso  %4 reintentando  %5 tokens  %6  %7</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot set up signal handling</source>
        <translation>no se puede configurar el manejo de señales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping: waiting for the requests in flight (Ctrl+C again to abandon them)…</source>
        <translation>Deteniendo: esperando las solicitudes en curso (pulsa Ctrl+C otra vez para abandonarlas)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generating with %1 at %2: concurrency %3, batches of %4.</source>
        <translation>Generando con %1 en %2: concurrencia %3, lotes de %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>generate records until the plan&apos;s targets are met (--project DIR [--dry-run] …)</source>
        <translation>generar registros hasta alcanzar los objetivos del plan (--project DIR [--dry-run] …)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+85"/>
        <source>Persona for lines that name none.</source>
        <translation>Personaje para las líneas que no indican ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for lines that name none.</source>
        <translation>Categoría para las líneas que no indican ninguna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary as JSON.</source>
        <translation>Mostrar el resumen como JSON.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: not removed: %2</source>
        <translation>%1: no se quitó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no records were imported from it</source>
        <translation>%1: no se importó ningún registro de él</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln record(s) removed</source>
        <translation>
            <numerusform>%1: %Ln registro quitado</numerusform>
            <numerusform>%1: %Ln registros quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln with a review decision)</source>
        <translation>
            <numerusform> (%Ln con una decisión de revisión)</numerusform>
            <numerusform> (%Ln con una decisión de revisión)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imports JSONL datasets into a project: the studio&apos;s own records, OpenAI chat fine-tuning lines, ShareGPT (and PIPPA&apos;s role-play chats), Alpaca, instruction / response lines (Dolly, question / answer), prompt/completion pairs, preference pairs (chosen / rejected) and conversations written out as one text (&quot;text&quot;: ChatML, Llama 3, Gemma, Mistral, Alpaca&apos;s template, Human / Assistant transcripts). Bad lines are reported on stderr as FILE:LINE: reason and skipped; every usable line is imported. A file holding one JSON array of records (as Alpaca and ShareGPT datasets are published) is read the same way, element by element; a SillyTavern chat file as one conversation (a group chat: one per character); gzip-compressed files (.jsonl.gz) as they are. A persona that is part of one character&apos;s name only (&quot;Bryce&quot;) is that character&apos;s.
Exit status: 0 when every file was read, 1 when a file could not be read at all or the project cannot be opened, 2 for a usage error.</source>
        <translation>Importa conjuntos de datos JSONL a un proyecto: los registros propios del estudio, líneas de ajuste fino de chat de OpenAI, ShareGPT (y las conversaciones de rol de PIPPA), Alpaca, líneas de instrucción / respuesta (Dolly, pregunta / respuesta), pares prompt/completion, pares de preferencia (chosen / rejected) y conversaciones escritas como un solo texto (&quot;text&quot;: ChatML, Llama 3, Gemma, Mistral, la plantilla de Alpaca, transcripciones Human / Assistant). Las líneas incorrectas se indican en stderr como FILE:LINE: motivo y se omiten; se importan todas las líneas utilizables. Un archivo que contiene un único array JSON de registros (como se publican los conjuntos de Alpaca y ShareGPT) se lee igual, elemento por elemento; un archivo de chat de SillyTavern, como una sola conversación (un chat de grupo: una por personaje); los archivos comprimidos con gzip (.jsonl.gz), tal como están. Una persona que es parte del nombre de un solo personaje (&quot;Bryce&quot;) es de ese personaje.
Código de salida: 0 si se leyeron todos los archivos, 1 si algún archivo no se pudo leer en absoluto o no se puede abrir el proyecto, 2 si hay un error de uso.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the records imported from each FILE instead (importing it again brings them back, unreviewed).</source>
        <translation>Quitar en su lugar los registros importados de cada FILE (importarlo de nuevo los recupera, sin revisar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL files (or JSON arrays) to import.</source>
        <translation>Archivos JSONL (o arrays JSON) que se importarán.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import needs at least one FILE</source>
        <translation>import necesita al menos un FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--remove takes no --persona or --category</source>
        <translation>--remove no admite --persona ni --category</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>importing… %1 %</source>
        <translation>importando… %1 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1:%2: note: stored, %3</source>
        <translation>%1:%2: nota: guardado, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partly imported: %2</source>
        <translation>%1: importado en parte: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not imported: %2</source>
        <translation>%1: no importado: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s) name no persona: --persona NAME imports them as NAME&apos;s.</source>
        <translation>
            <numerusform>%n línea no nombra ningún personaje: --persona NOMBRE la importa como de NOMBRE.</numerusform>
            <numerusform>%n líneas no nombran ningún personaje: --persona NOMBRE las importa como de NOMBRE.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import JSONL datasets into a project (--project DIR FILE... [--persona NAME] [--category NAME] [--json])</source>
        <translation>importar conjuntos de datos JSONL a un proyecto (--project DIR FILE... [--persona NAME] [--category NAME] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="+18"/>
        <source>Asks the project&apos;s endpoint GET /models and one tiny structured request, and says in plain words whether it answers, accepts the key and honours structured output.</source>
        <translation>Envía al endpoint del proyecto GET /models y una pequeña solicitud estructurada, y dice con palabras sencillas si responde, si acepta la clave y si respeta la salida estructurada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeout per request in seconds (default 30).</source>
        <translation>Tiempo de espera por solicitud, en segundos (predeterminado: 30).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Probing %1 with model %2 (key from $%3%4)…</source>
        <translation>Comprobando %1 con el modelo %2 (clave de $%3%4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, which is empty</source>
        <translation>, que está vacía</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check an endpoint: reachable, key accepted, structured output (--project DIR)</source>
        <translation>comprobar un endpoint: accesible, clave aceptada, salida estructurada (--project DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_quality.cpp" line="-58"/>
        <source>Checks the records of a project: voice distinctness, overused phrases, refusals, fourth-wall breaks, third person, empty or truncated replies, near-duplicates and canon coverage. Stores the flags on the records.</source>
        <translation>Comprueba los registros de un proyecto: distinción de voces, frases repetidas en exceso, negativas, rupturas de la cuarta pared, tercera persona, respuestas vacías o cortadas, casi duplicados y cobertura del canon. Guarda las marcas en los registros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not store the flags in studio.db.</source>
        <translation>No guardar las marcas en studio.db.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>distinct</source>
        <translation>distinc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canon</source>
        <translation>canon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overused: %1</source>
        <translation>repetidas en exceso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most confusable pairs:</source>
        <translation>Parejas más fáciles de confundir:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names in no sheet: %1</source>
        <translation>Nombres que no aparecen en ninguna ficha: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near-duplicate groups: %1 (%2 across characters)</source>
        <translation>Grupos de casi duplicados: %1 (%2 entre personajes distintos)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) checked in %1 s</source>
        <translation>
            <numerusform>%Ln registro comprobado en %1 s</numerusform>
            <numerusform>%Ln registros comprobados en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check records for tics, duplicates, refusals and voice distinctness (--project DIR [--json] [--no-write])</source>
        <translation>comprobar en los registros tics, duplicados, negativas y distinción de voces (--project DIR [--json] [--no-write])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="-51"/>
        <source>Prints per character the target, the records stored and their review states and categories; drops by reason; tokens and cost of all runs.</source>
        <translation>Muestra por personaje el objetivo, los registros guardados con sus estados de revisión y sus categorías; los descartes por motivo; los tokens y el coste de todas las ejecuciones.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>target</source>
        <translation>obj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrev.</source>
        <translation>sin rev.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accept.</source>
        <translation>acept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>editados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import.</source>
        <translation>import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject.</source>
        <translation>rechaz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total records: %1 (%2 generated, %3 imported; rejected ones not counted)</source>
        <translation>Total de registros: %1 (%2 generados, %3 importados; sin contar los rechazados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens: %1 prompt + %2 completion; cost %3</source>
        <translation>Tokens: %1 de prompt + %2 de respuesta; coste %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>records, review states, drops, tokens and cost per character (--project DIR [--json])</source>
        <translation>registros, estados de revisión, descartes, tokens y coste por personaje (--project DIR [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_validate.cpp" line="-20"/>
        <source>Checks a JSONL training file the way fine-tuning services do: JSON objects, the format&apos;s keys and roles, token counts (o200k_base) against the model&apos;s limit, at least 10 examples, duplicates, and the billed tokens and cost. A gzip-compressed file is checked as the text inside it.
Exit status: 0 accepted, 1 would be rejected, 2 usage error.</source>
        <translation>Comprueba un archivo de entrenamiento JSONL como lo hacen los servicios de ajuste fino: objetos JSON, claves y roles del formato, número de tokens (o200k_base) frente al límite del modelo, al menos 10 ejemplos, duplicados, y los tokens facturados y el coste. Un archivo comprimido con gzip se comprueba como el texto que contiene.
Código de salida: 0 aceptado, 1 sería rechazado, 2 error de uso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>studio, openai-chat, sharegpt, alpaca, hf-messages or dpo (default: detected from the first line).</source>
        <translation>studio, openai-chat, sharegpt, alpaca, hf-messages o dpo (predeterminado: se detecta a partir de la primera línea).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning model (default gpt-4o-mini).</source>
        <translation>Modelo de ajuste fino (predeterminado: gpt-4o-mini).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs for the cost estimate (default: the provider&apos;s default for the file&apos;s size).</source>
        <translation>Épocas para la estimación del coste (predeterminado: el valor predeterminado del proveedor para el tamaño del archivo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe como JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSONL file.</source>
        <translation>El archivo JSONL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate needs exactly one FILE</source>
        <translation>validate necesita exactamente un FILE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--epochs is a whole number of at least 1</source>
        <translation>--epochs es un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check a JSONL training file (FILE.jsonl [--format F] [--model NAME] [--cutoff TOKENS] [--epochs N] [--json])</source>
        <translation>comprobar un archivo de entrenamiento JSONL (FILE.jsonl [--format F] [--model NAME] [--cutoff TOKENS] [--epochs N] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+20"/>
        <source>Usage: persona-studio-cli COMMAND [OPTIONS]</source>
        <translation>Uso: persona-studio-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`persona-studio-cli COMMAND --help` describes a command&apos;s options.</source>
        <translation>`persona-studio-cli COMMAND --help` describe las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="+17"/>
        <source>Starts a project in DIR (made if missing; it must not hold a studio.json yet): studio.json with the tiers main 150, major 100, supporting 60 and minor 30, the common categories and the known prices, and an empty rag-resources/ folder for the character_*.md sheets. List each character under its tier&apos;s &quot;members&quot; in studio.json, or assign the tiers in the window.</source>
        <translation>Empieza un proyecto en DIR (se crea si no existe; aún no debe contener studio.json): studio.json con los niveles main 150, major 100, supporting 60 y minor 30, las categorías comunes y los precios conocidos, y una carpeta rag-resources/ vacía para las fichas character_*.md. Pon cada personaje en los &quot;members&quot; de su nivel en studio.json, o asigna los niveles en la ventana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The film, book or game the characters come from (default: the folder&apos;s name).</source>
        <translation>La película, el libro o el juego de donde vienen los personajes (por defecto, el nombre de la carpeta).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Started %1 (%2): put the character_*.md sheets in %3.</source>
        <translation>Proyecto %1 empezado (%2): pon las fichas character_*.md en %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start a project in a folder (--project DIR [--work NAME])</source>
        <translation>empieza un proyecto en una carpeta (--project DIR [--work NOMBRE])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_card.cpp" line="+25"/>
        <source>Makes a character sheet from each role-play character card (a SillyTavern card: JSON, or a PNG image carrying it; Character Card V1, V2 and V3; a CHARX package): its description as the background, its personality, its scenario as the role, its greetings and example dialogue as the voice, its lorebook as lore. Each sheet is written as character_&lt;slug&gt;.md beside the project&apos;s other sheets; the character then waits in the unassigned tier. A character the project has already is left alone.
Exit status: 0 when every card became a sheet, 1 when a file is not a card or a sheet could not be written, 2 for a usage error.</source>
        <translation>Crea una ficha de personaje a partir de cada tarjeta de personaje de rol (una tarjeta de SillyTavern: JSON, o una imagen PNG que la lleva; Character Card V1, V2 y V3; un paquete CHARX): su descripción como trasfondo, su personalidad, su escenario como papel, sus saludos y su diálogo de ejemplo como voz, su lorebook como lore. Cada ficha se escribe como character_&lt;slug&gt;.md junto a las demás fichas del proyecto; el personaje queda entonces en el nivel sin asignar. Un personaje que el proyecto ya tiene no se toca.
Código de salida: 0 cuando cada tarjeta se ha convertido en ficha, 1 cuando un archivo no es una tarjeta o una ficha no se ha podido escribir, 2 por un error de uso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character cards (.json, .png or .charx).</source>
        <translation>Tarjetas de personaje (.json, .png o .charx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card needs at least one FILE</source>
        <translation>card necesita al menos un FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the project</source>
        <translation>%1 ya está en el proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make character sheets from role-play character cards (--project DIR FILE...)</source>
        <translation>crear fichas de personaje a partir de tarjetas de personaje de rol (--project DIR FILE...)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+59"/>
        <source>Build fine-tuning datasets of character voices.</source>
        <translation>Crea conjuntos de datos de ajuste fino con la voz de tus personajes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder to open.</source>
        <translation>La carpeta del proyecto que se abrirá.</translation>
    </message>
</context>
</TS>
