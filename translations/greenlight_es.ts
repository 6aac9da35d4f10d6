<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Commands</name>
    <message>
        <source>Add scenario</source>
        <translation>Agregar escenario</translation>
    </message>
    <message>
        <source>Unlink measured run</source>
        <translation>Desvincular ejecución medida</translation>
    </message>
    <message>
        <source>Link measured run to “%1”</source>
        <translation>Vincular ejecución medida a “%1”</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Mover escenario</translation>
    </message>
    <message>
        <source>Remove measured run “%1”</source>
        <translation>Quitar ejecución medida “%1”</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Energy (facility)</source>
        <translation>Energía (instalación)</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basado en la ubicación</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basado en el mercado</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, incorporado</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source> g CO2e</source>
        <translation> g CO2e</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation>Herramienta: %1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Hardware: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>PUE applied by the tool: %1 (%2)</source>
        <translation>PUE aplicado por la herramienta: %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Embodied (amortised)</source>
        <translation>Incorporado (amortizado)</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferencia</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Facility overhead (PUE)</source>
        <translation>Sobrecarga de la instalación (PUE)</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Precio del carbono</translation>
    </message>
    <message>
        <source>On-site (cooling)</source>
        <translation>En el sitio (refrigeración)</translation>
    </message>
    <message>
        <source>Off-site (electricity)</source>
        <translation>Fuera del sitio (electricidad)</translation>
    </message>
    <message>
        <source>CO2e per scenario</source>
        <translation>CO2e por escenario</translation>
    </message>
    <message>
        <source>Facility energy per scenario</source>
        <translation>Energía de la instalación por escenario</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>Costo por escenario</translation>
    </message>
    <message>
        <source>Water per scenario</source>
        <translation>Agua por escenario</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
</context>
<context>
    <name>greenlight::ui</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Fuente: %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogBrowser</name>
    <message>
        <source>V (primary source)</source>
        <translation>V (fuente primaria)</translation>
    </message>
    <message>
        <source>S (secondary copies)</source>
        <translation>S (copias secundarias)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Catalog sections</source>
        <translation>Secciones del catálogo</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Aceleradores</translation>
    </message>
    <message>
        <source>Search accelerators (id, name, vendor)…</source>
        <translation>Buscar aceleradores (id, nombre, fabricante)…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Search regions (country, grid, cloud region, id)…</source>
        <translation>Buscar regiones (país, red, región de nube, id)…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Search providers…</source>
        <translation>Buscar proveedores…</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Search default constants…</source>
        <translation>Buscar constantes predeterminadas…</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Equivalencias</translation>
    </message>
    <message>
        <source>Search equivalences…</source>
        <translation>Buscar equivalencias…</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Search data credits…</source>
        <translation>Buscar créditos de datos…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record details with sources</source>
        <translation>Detalles del registro con fuentes</translation>
    </message>
    <message>
        <source>Select a record to see every field with its source.</source>
        <translation>Seleccione un registro para ver cada campo con su fuente.</translation>
    </message>
    <message>
        <source>Add / Edit &amp;User Record…</source>
        <translation>Agregar o editar registro de &amp;usuario…</translation>
    </message>
    <message>
        <source>Add an accelerator or region, or override the selected one with your own figures and source. Saved in %1.</source>
        <translation>Agregue un acelerador o una región, o sustituya el registro seleccionado con sus propias cifras y fuente. Se guarda en %1.</translation>
    </message>
    <message>
        <source>User records are read from %1 when Greenlight starts.</source>
        <translation>Los registros de usuario se leen de %1 al iniciar Greenlight.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>Shows the records where any field contains the text.</source>
        <translation>Muestra los registros en los que algún campo contiene el texto.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Base de la potencia</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Memoria (GB)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Pico (TFLOP/s)</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Precisión predeterminada</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>Emisiones incorporadas (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied basis</source>
        <translation>Base de las emisiones incorporadas</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Precio (USD/h)</translation>
    </message>
    <message>
        <source>Price offer</source>
        <translation>Modalidad de precio</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Año de lanzamiento</translation>
    </message>
    <message>
        <source>%1 g/kWh, %2: %3</source>
        <translation>%1 g/kWh, %2: %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Intensity (g CO₂e/kWh)</source>
        <translation>Intensidad (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>CFE share</source>
        <translation>Proporción de CFE</translation>
    </message>
    <message>
        <source>Other published intensities</source>
        <translation>Otras intensidades publicadas</translation>
    </message>
    <message>
        <source>Hourly profile</source>
        <translation>Perfil horario</translation>
    </message>
    <message>
        <source>PUE low</source>
        <translation>PUE bajo</translation>
    </message>
    <message>
        <source>PUE high</source>
        <translation>PUE alto</translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4</source>
        <translation>%1 %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Range (low / mode / high)</source>
        <translation>Rango (bajo / moda / alto)</translation>
    </message>
    <message>
        <source>g CO₂e per unit</source>
        <translation>g CO₂e por unidad</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User record saved</source>
        <translation>Registro de usuario guardado</translation>
    </message>
    <message>
        <source>Saved to %1.

The record takes effect the next time Greenlight starts.</source>
        <translation>Guardado en %1.

El registro se aplicará la próxima vez que se inicie Greenlight.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogRecordDialog</name>
    <message>
        <source>New Accelerator</source>
        <translation>Nuevo acelerador</translation>
    </message>
    <message>
        <source>Edit Accelerator “%1”</source>
        <translation>Editar acelerador “%1”</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>T&amp;DP:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios must then give the measured power.</source>
        <translation>Potencia de la placa (TDP/TGP). Deje “ninguno” en los chips sin cifra publicada: los escenarios deberán indicar entonces la potencia medida.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Device memory.</source>
        <translation>Memoria del dispositivo.</translation>
    </message>
    <message>
        <source>Peak %1:</source>
        <translation>Pico %1:</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.</source>
        <translation>Rendimiento máximo denso en %1 (sin dispersión); “ninguno” si el dispositivo no tiene ese modo.</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Precisión predeterminada</translation>
    </message>
    <message>
        <source>The precision training normally uses on this device; it needs a peak value.</source>
        <translation>La precisión que suele usar el entrenamiento en este dispositivo; requiere un valor de pico.</translation>
    </message>
    <message>
        <source>Default &amp;precision:</source>
        <translation>&amp;Precisión predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Emisiones incorporadas:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of the chip.</source>
        <translation>Emisiones de fabricación del chip.</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;recio:</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Typical on-demand price per accelerator-hour.</source>
        <translation>Precio habitual bajo demanda por hora de acelerador.</translation>
    </message>
    <message>
        <source>New Region</source>
        <translation>Nueva región</translation>
    </message>
    <message>
        <source>Edit Region “%1”</source>
        <translation>Editar región “%1”</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code of the country it lies in, e.g. FRA.</source>
        <translation>Código ISO 3166-1 alfa-3 del país en el que se encuentra, p. ej., FRA.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>For cloud regions: aws, gcp, azure, alibaba.</source>
        <translation>Para regiones de nube: aws, gcp, azure, alibaba.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>Intensi&amp;dad:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Annual average grid carbon intensity.</source>
        <translation>Intensidad de carbono media anual de la red.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Life-cycle or operational (direct) emissions factor.</source>
        <translation>Factor de emisión de ciclo de vida u operativo (directo).</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>PU&amp;E:</translation>
    </message>
    <message>
        <source>The provider&apos;s PUE in this region (≥ 1).</source>
        <translation>PUE del proveedor en esta región (≥ 1).</translation>
    </message>
    <message>
        <source>C&amp;FE share:</source>
        <translation>Proporción de C&amp;FE:</translation>
    </message>
    <message>
        <source>Carbon-free energy share, 0–1 (Google publishes it per region).</source>
        <translation>Proporción de energía libre de carbono, 0–1 (Google la publica por región).</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Unique id. A user record with the id of a shipped record overrides it.</source>
        <translation>Id único. Un registro de usuario con el id de un registro incluido lo sustituye.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Paper + table, datasheet title, or repository@commit + path</source>
        <translation>Artículo + tabla, título de la hoja de datos, o repositorio@commit + ruta</translation>
    </message>
    <message>
        <source>Required: where a reader can check these numbers.</source>
        <translation>Obligatorio: dónde puede un lector comprobar estas cifras.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The year the numbers refer to, or the publication year.</source>
        <translation>Año al que se refieren las cifras, o año de publicación.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <source>V — read in a primary source</source>
        <translation>V — leído en una fuente primaria</translation>
    </message>
    <message>
        <source>S — secondary copies only</source>
        <translation>S — solo copias secundarias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ComparisonModel</name>
    <message>
        <source>cannot estimate</source>
        <translation>no se puede estimar</translation>
    </message>
    <message>
        <source>%1 = %2 %3 — select to see how it was computed</source>
        <translation>%1 = %2 %3 — seleccione para ver cómo se calculó</translation>
    </message>
    <message>
        <source>%1
(baseline)</source>
        <translation>%1
(referencia)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>%1 Δ</source>
        <translation>%1 Δ</translation>
    </message>
    <message>
        <source>%1 Δ%</source>
        <translation>%1 Δ%</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Dashboard</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>Comparación con la referencia</translation>
    </message>
    <message>
        <source>Copy table as TSV</source>
        <translation>Copiar tabla como TSV</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DeploymentEditor</name>
    <message>
        <source>Deploy the trained model</source>
        <translation>Desplegar el modelo entrenado</translation>
    </message>
    <message>
        <source>Add the inference phase: the lifecycle, per-request figures and break-even</source>
        <translation>Agrega la fase de inferencia: ciclo de vida, cifras por solicitud y punto de equilibrio</translation>
    </message>
    <message>
        <source>First principles (2·N FLOPs per token)</source>
        <translation>Primeros principios (2·N FLOPs por token)</translation>
    </message>
    <message>
        <source>Serving fleet (accelerators around the clock)</source>
        <translation>Flota de servicio (aceleradores las 24 horas)</translation>
    </message>
    <message>
        <source>Energy per request</source>
        <translation>Energía por solicitud</translation>
    </message>
    <message>
        <source>Serving energy from</source>
        <translation>Energía de servicio a partir de</translation>
    </message>
    <message>
        <source>Same as training</source>
        <translation>Igual que en el entrenamiento</translation>
    </message>
    <message>
        <source>Serving accelerator</source>
        <translation>Acelerador de servicio</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Solicitudes por día</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>Tokens por solicitud</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Fleet size</source>
        <translation>Tamaño de la flota</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>disp.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Same site as training</source>
        <translation>Mismo sitio que el entrenamiento</translation>
    </message>
    <message>
        <source>Serving region</source>
        <translation>Región de servicio</translation>
    </message>
    <message>
        <source>Serving PUE</source>
        <translation>PUE de servicio</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>Add deployment</source>
        <translation>Agregar despliegue</translation>
    </message>
    <message>
        <source>Remove deployment</source>
        <translation>Quitar despliegue</translation>
    </message>
    <message>
        <source>Change serving mode</source>
        <translation>Cambiar modo de servicio</translation>
    </message>
    <message>
        <source>Change serving accelerator</source>
        <translation>Cambiar acelerador de servicio</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Cambiar fecha de inicio</translation>
    </message>
    <message>
        <source>Change serving region</source>
        <translation>Cambiar región de servicio</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 requests over %2 months
per request: %3 Wh, %4 g CO2e
inference: %5, %6, %7
lifecycle (training + inference): %8</source>
        <translation>%1 solicitudes en %2 meses
por solicitud: %3 Wh, %4 g CO2e
inferencia: %5, %6, %7
ciclo de vida (entrenamiento + inferencia): %8</translation>
    </message>
    <message>
        <source>The deployment cannot be estimated; see the problems below the tabs.</source>
        <translation>No se puede estimar el despliegue; consulte los problemas debajo de las pestañas.</translation>
    </message>
    <message>
        <source>Training only. Deploy the model to see its lifecycle and break-even.</source>
        <translation>Solo entrenamiento. Despliegue el modelo para ver su ciclo de vida y su punto de equilibrio.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Document</name>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Establecer referencia</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>no measured run found in the file</source>
        <translation>no se encontró ninguna ejecución medida en el archivo</translation>
    </message>
    <message>
        <source>measured run</source>
        <translation>ejecución medida</translation>
    </message>
    <message>
        <source>a measured run named “%1” already exists; added as “%2”</source>
        <translation>ya existe una ejecución medida llamada “%1”; se agregó como “%2”</translation>
    </message>
    <message>
        <source>Import measured run “%1”</source>
        <translation>Importar ejecución medida “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measured run(s)</source>
        <translation>
            <numerusform>Importar %n ejecución medida</numerusform>
            <numerusform>Importar %n ejecuciones medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrate “%1” from measured runs</source>
        <translation>Calibrar “%1” a partir de ejecuciones medidas</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Select a number in the table to see how it was computed and where each input comes from.</source>
        <translation>Seleccione un número de la tabla para ver cómo se calculó y de dónde procede cada dato de entrada.</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated:
</source>
        <translation>No se puede estimar este escenario:
</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>definido en el escenario</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json);;JSON files (*.json)</source>
        <translation>Proyectos de Greenlight (*.greenlight.json);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>“%1” could not be opened; the open project is unchanged.</source>
        <translation>No se pudo abrir “%1”; el proyecto abierto no ha cambiado.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar “%1”: %2</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json)</source>
        <translation>Proyectos de Greenlight (*.greenlight.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?</source>
        <translation>Greenlight no se cerró correctamente la última vez. Se conservaron los cambios sin guardar%1 con fecha %2. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> en “%1”</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Error en la recuperación</translation>
    </message>
    <message>
        <source>The autosaved work could not be read.</source>
        <translation>No se pudo leer el trabajo guardado automáticamente.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LeversEditor</name>
    <message>
        <source>Pruning</source>
        <translation>Poda</translation>
    </message>
    <message>
        <source>Remove weights, retrain, serve a sparser model</source>
        <translation>Eliminar pesos, reentrenar y servir un modelo más disperso</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Unstructured (little speed-up on dense hardware)</source>
        <translation>No estructurada (poca aceleración en hardware denso)</translation>
    </message>
    <message>
        <source>2:4 semi-structured (sparse tensor cores)</source>
        <translation>2:4 semiestructurada (núcleos tensoriales dispersos)</translation>
    </message>
    <message>
        <source>Structured (smaller dense model)</source>
        <translation>Estructurada (modelo denso más pequeño)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Reentrenamiento</translation>
    </message>
    <message>
        <source>× run</source>
        <translation>× ejecución</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Lower precision in training and/or serving</source>
        <translation>Menor precisión en el entrenamiento y/o el servicio</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Serving precision</source>
        <translation>Precisión de servicio</translation>
    </message>
    <message>
        <source>Post-training (PTQ, no training cost)</source>
        <translation>Postentrenamiento (PTQ, sin costo de entrenamiento)</translation>
    </message>
    <message>
        <source>Quantisation-aware training (QAT)</source>
        <translation>Entrenamiento consciente de la cuantización (QAT)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Destilación</translation>
    </message>
    <message>
        <source>Train a smaller student on the teacher&apos;s outputs</source>
        <translation>Entrenar un estudiante más pequeño con las salidas del maestro</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>mil M</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Maestro</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>bn tokens</source>
        <translation>mil M de tokens</translation>
    </message>
    <message>
        <source>Quality kept</source>
        <translation>Calidad conservada</translation>
    </message>
    <message>
        <source>Count the teacher&apos;s own training</source>
        <translation>Contabilizar el entrenamiento del propio maestro</translation>
    </message>
    <message>
        <source>Fine-tune instead of pretraining</source>
        <translation>Ajuste fino en lugar de preentrenamiento</translation>
    </message>
    <message>
        <source>Start from a pretrained model: full fine-tuning or LoRA adapters</source>
        <translation>Partir de un modelo preentrenado: ajuste fino completo o adaptadores LoRA</translation>
    </message>
    <message>
        <source>LoRA / adapters</source>
        <translation>LoRA / adaptadores</translation>
    </message>
    <message>
        <source>Fine-tuning tokens</source>
        <translation>Tokens de ajuste fino</translation>
    </message>
    <message>
        <source>Pretraining not attributed</source>
        <translation>Preentrenamiento no atribuido</translation>
    </message>
    <message>
        <source>Amortised over downstream uses</source>
        <translation>Amortizado entre los usos posteriores</translation>
    </message>
    <message>
        <source>Fully attributed</source>
        <translation>Atribuido por completo</translation>
    </message>
    <message>
        <source>Pretrained footprint</source>
        <translation>Huella del preentrenamiento</translation>
    </message>
    <message>
        <source>Pretrained CO2e</source>
        <translation>CO2e del preentrenamiento</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Downstream uses</source>
        <translation>Usos posteriores</translation>
    </message>
    <message>
        <source>Experiment budget</source>
        <translation>Presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Early stopping and extra runs (sweeps, ablations)</source>
        <translation>Parada temprana y ejecuciones adicionales (barridos, ablaciones)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>of tokens</source>
        <translation>de los tokens</translation>
    </message>
    <message>
        <source>Extra runs</source>
        <translation>Ejecuciones adicionales</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Efectos de las medidas</translation>
    </message>
    <message>
        <source>Add pruning</source>
        <translation>Agregar poda</translation>
    </message>
    <message>
        <source>Remove pruning</source>
        <translation>Quitar poda</translation>
    </message>
    <message>
        <source>Add quantisation</source>
        <translation>Agregar cuantización</translation>
    </message>
    <message>
        <source>Remove quantisation</source>
        <translation>Quitar cuantización</translation>
    </message>
    <message>
        <source>Add distillation</source>
        <translation>Agregar destilación</translation>
    </message>
    <message>
        <source>Remove distillation</source>
        <translation>Quitar destilación</translation>
    </message>
    <message>
        <source>Fine-tune instead</source>
        <translation>Usar ajuste fino</translation>
    </message>
    <message>
        <source>Pretrain instead</source>
        <translation>Usar preentrenamiento</translation>
    </message>
    <message>
        <source>Add experiment budget</source>
        <translation>Agregar presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Remove experiment budget</source>
        <translation>Quitar presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Change pruning structure</source>
        <translation>Cambiar estructura de poda</translation>
    </message>
    <message>
        <source>Change training precision</source>
        <translation>Cambiar precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Change serving precision</source>
        <translation>Cambiar precisión de servicio</translation>
    </message>
    <message>
        <source>Change quantisation method</source>
        <translation>Cambiar método de cuantización</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>Entrenamiento del maestro</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Pretrained footprint policy</source>
        <translation>Criterio para la huella del preentrenamiento</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed in the project file</source>
        <translation>
            <numerusform>%n ejecución registrada en el archivo del proyecto</numerusform>
            <numerusform>%n ejecuciones registradas en el archivo del proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>none (use the experiments multiplier in Model &amp; workload)</source>
        <translation>ninguna (se usa el multiplicador de experimentos de Modelo y carga de trabajo)</translation>
    </message>
    <message>
        <source>No lever applied.</source>
        <translation>No se ha aplicado ninguna medida.</translation>
    </message>
    <message>
        <source>Effects:
%1</source>
        <translation>Efectos:
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LifecycleChart</name>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Ciclo de vida: CO2e acumulado, primero entrenamiento y después inferencia</translation>
    </message>
    <message>
        <source>Months after deployment start</source>
        <translation>Meses desde el inicio del despliegue</translation>
    </message>
    <message>
        <source>Cumulative CO2e (t)</source>
        <translation>CO2e acumulado (t)</translation>
    </message>
    <message>
        <source>break-even after %1 requests%2</source>
        <translation>punto de equilibrio tras %1 solicitudes%2</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.
Add one in the scenario&apos;s Deployment section to see
training plus inference over time and the break-even points.</source>
        <translation>Ningún escenario tiene todavía un despliegue.
Agregue uno en la sección Despliegue del escenario para ver
el entrenamiento más la inferencia a lo largo del tiempo y los puntos de equilibrio.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Ejecuciones medidas</translation>
    </message>
    <message>
        <source>Select any number to see how it was computed.</source>
        <translation>Seleccione cualquier número para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New from &amp;Preset…</source>
        <translation>Nuevo desde &amp;preajuste…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import Measured Run…</source>
        <translation>&amp;Importar ejecución medida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copy comparison table (TSV)</source>
        <translation>Copiar tabla comparativa (TSV)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation>Marcar como &amp;referencia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catálogo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>&amp;Acerca de Greenlight</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Greenlight</source>
        <translation>%1[*] — Greenlight</translation>
    </message>
    <message>
        <source>%1[*] (%2) — Greenlight</source>
        <translation>%1[*] (%2) — Greenlight</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>Acerca de Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Plan, compare and justify the energy, carbon, water and cost of training machine-learning models.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Planifique, compare y justifique la energía, el carbono, el agua y el costo del entrenamiento de modelos de aprendizaje automático.&lt;/p&gt;&lt;p&gt;Créditos de datos:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunImport</name>
    <message>
        <source>Import measured run</source>
        <translation>Importar ejecución medida</translation>
    </message>
    <message>
        <source>Measurement logs (*.csv *.log *.txt);;CodeCarbon emissions (*.csv);;Carbontracker logs (*.log *.txt)</source>
        <translation>Registros de medición (*.csv *.log *.txt);;Emisiones de CodeCarbon (*.csv);;Registros de Carbontracker (*.log *.txt)</translation>
    </message>
    <message>
        <source>Cannot import measured run</source>
        <translation>No se puede importar la ejecución medida</translation>
    </message>
    <message>
        <source>“%1” could not be imported; the project is unchanged.</source>
        <translation>No se pudo importar “%1”; el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>Measured run imported with warnings</source>
        <translation>Ejecución medida importada con advertencias</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”, with these notes:</source>
        <translation>Se importó %1 de “%2”, con estas observaciones:</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunsPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a CodeCarbon emissions.csv or Carbontracker log</source>
        <translation>Importar un emissions.csv de CodeCarbon o un registro de Carbontracker</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Linked scenario</source>
        <translation>Escenario vinculado</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Ejecuciones medidas</translation>
    </message>
    <message>
        <source>Compare scenario:</source>
        <translation>Comparar escenario:</translation>
    </message>
    <message>
        <source>Calibrate scenario…</source>
        <translation>Calibrar escenario…</translation>
    </message>
    <message>
        <source>Set the power per accelerator, PUE and grid intensity the linked runs imply</source>
        <translation>Establecer la potencia por acelerador, el PUE y la intensidad de la red que implican las ejecuciones vinculadas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <source>Measured vs estimated</source>
        <translation>Medido frente a estimado</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated. Energy is facility energy (after PUE), CO2e is operational, location-based: what CodeCarbon and Carbontracker report.</source>
        <translation>Relación = medido / estimado. La energía es la de la instalación (tras el PUE); el CO2e es operativo y basado en la ubicación: lo que informan CodeCarbon y Carbontracker.</translation>
    </message>
    <message>
        <source>W/accel. (with PUE)</source>
        <translation>W/acel. (con PUE)</translation>
    </message>
    <message>
        <source>W/accel. (IT)</source>
        <translation>W/acel. (TI)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>g CO2e/kWh</source>
        <translation>g CO2e/kWh</translation>
    </message>
    <message>
        <source>What each run implies</source>
        <translation>Lo que implica cada ejecución</translation>
    </message>
    <message>
        <source>Energy (kWh, log)</source>
        <translation>Energía (kWh, log)</translation>
    </message>
    <message>
        <source>CO2e (kg, log)</source>
        <translation>CO2e (kg, log)</translation>
    </message>
    <message>
        <source>Linked scenario of %1</source>
        <translation>Escenario vinculado de %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(sin vincular)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n ejecución)</numerusform>
            <numerusform>%1 (%n ejecuciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CodeCarbon or Carbontracker file (File → Import measured run…, or drop it on the window), then link it to a scenario.</source>
        <translation>Importe un archivo de CodeCarbon o Carbontracker (Archivo → Importar ejecución medida…, o arrástrelo a la ventana) y, después, vincúlelo a un escenario.</translation>
    </message>
    <message>
        <source>Link a run to a scenario to compare it with the estimate.</source>
        <translation>Vincule una ejecución a un escenario para compararla con la estimación.</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated (facility energy, operational location-based CO2e).</source>
        <translation>Relación = medido / estimado (energía de la instalación, CO2e operativo basado en la ubicación).</translation>
    </message>
    <message>
        <source>%1 accelerator (assumed)</source>
        <translation>%1 acelerador (supuesto)</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n acelerador</numerusform>
            <numerusform>%n aceleradores</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation> (desconocido)</translation>
    </message>
    <message>
        <source>The tool did not say; 1 assumed</source>
        <translation>La herramienta no lo indicó; se supone 1</translation>
    </message>
    <message>
        <source>Calibrate “%1”</source>
        <translation>Calibrar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n measured run(s); applied as one undo step, with the measurements recorded as the source in the scenario notes.</source>
        <translation>
            <numerusform>Mediana de %n ejecución medida; se aplica como un solo paso de deshacer, con las mediciones registradas como fuente en las notas del escenario.</numerusform>
            <numerusform>Mediana de %n ejecuciones medidas; se aplica como un solo paso de deshacer, con las mediciones registradas como fuente en las notas del escenario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source> (catalog)</source>
        <translation> (catálogo)</translation>
    </message>
    <message>
        <source>Facility energy: %1 → %2; CO2e (location-based): %3 → %4.</source>
        <translation>Energía de la instalación: %1 → %2; CO2e (basado en la ubicación): %3 → %4.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MetricBarChart</name>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte Carlo)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>P5–P95</source>
        <translation>P5–P95</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PlotWidget</name>
    <message>
        <source>Unknown format: use .png, .svg or .pdf</source>
        <translation>Formato desconocido: use .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Código de moneda</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code of the currency costs are displayed in, e.g. EUR.</source>
        <translation>Código ISO 4217 de tres letras de la moneda en la que se muestran los costos, p. ej., EUR.</translation>
    </message>
    <message>
        <source>&amp;Display costs in:</source>
        <translation>&amp;Mostrar costos en:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>How many units of the display currency one US dollar buys. Greenlight ships no exchange rates: enter the rate you want to use.</source>
        <translation>Cuántas unidades de la moneda mostrada equivalen a un dólar estadounidense. Greenlight no incluye tipos de cambio: escriba el que desee usar.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tipo de cambio:</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; this rate only converts what is displayed.</source>
        <translation>Los precios del catálogo y todas las estimaciones de costo están en dólares estadounidenses; este tipo de cambio solo convierte lo que se muestra.</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>Escenarios nuevos</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Región predeterminada</translation>
    </message>
    <message>
        <source>The grid region given to new scenarios and to templates from the presets gallery.</source>
        <translation>La región de red que se asigna a los escenarios nuevos y a las plantillas de la galería de preajustes.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>Incertidumbre (Monte Carlo)</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Muestras de Monte Carlo</translation>
    </message>
    <message>
        <source>Samples drawn per scenario for the P5–P95 ranges. More samples give steadier ranges and take longer.</source>
        <translation>Muestras extraídas por escenario para los rangos P5–P95. Con más muestras, los rangos son más estables, pero el cálculo tarda más.</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>M&amp;uestras:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>A fixed seed makes every run give the same ranges.</source>
        <translation>Con una semilla fija, cada ejecución da los mismos rangos.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the windows and charts.</source>
        <translation>Colores de las ventanas y los gráficos.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>1 USD = </source>
        <translation>1 USD = </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PresetsDialog</name>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Start from a published training run — its authors&apos; own inputs, with the footprint they reported beside Greenlight&apos;s estimate — or from a template.</source>
        <translation>Parta de una ejecución de entrenamiento publicada —con los datos de entrada de sus propios autores y la huella que declararon junto a la estimación de Greenlight— o de una plantilla.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Published CO₂e</source>
        <translation>CO₂e publicado</translation>
    </message>
    <message>
        <source>Greenlight CO₂e</source>
        <translation>CO₂e de Greenlight</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Published runs show the reported footprint, Greenlight&apos;s estimate from the same inputs and their ratio (estimate ÷ published). Double-click to add to the project.</source>
        <translation>Las ejecuciones publicadas muestran la huella declarada, la estimación de Greenlight con los mismos datos de entrada y su relación (estimación ÷ publicado). Haga doble clic para agregarla al proyecto.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Published footprint and Greenlight&apos;s estimate</source>
        <translation>Huella publicada y estimación de Greenlight</translation>
    </message>
    <message>
        <source>Greenlight&apos;s estimate of the run from the inputs below, beside the published figure. Ratio = estimate ÷ published.</source>
        <translation>Estimación de Greenlight de la ejecución a partir de los datos de entrada siguientes, junto a la cifra publicada. Relación = estimación ÷ publicado.</translation>
    </message>
    <message>
        <source>Inputs of the preset</source>
        <translation>Datos de entrada del preajuste</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Agregar al proyecto</translation>
    </message>
    <message>
        <source>Add the preset&apos;s scenario to the open project (one undo step).</source>
        <translation>Agrega el escenario del preajuste al proyecto abierto (un solo paso de deshacer).</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>A&amp;brir como proyecto nuevo</translation>
    </message>
    <message>
        <source>Start a new project holding only this scenario.</source>
        <translation>Inicia un proyecto nuevo que contiene solo este escenario.</translation>
    </message>
    <message>
        <source>Some presets could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos preajustes: %1</translation>
    </message>
    <message>
        <source>Published run</source>
        <translation>Ejecución publicada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>Published training run</source>
        <translation>Ejecución de entrenamiento publicada</translation>
    </message>
    <message>
        <source>Template — adapt the inputs to your plan</source>
        <translation>Plantilla: adapte los datos de entrada a su plan</translation>
    </message>
    <message>
        <source>Energy, MWh (facility)</source>
        <translation>Energía, MWh (instalación)</translation>
    </message>
    <message>
        <source>Energy, MWh (IT, before PUE)</source>
        <translation>Energía, MWh (TI, antes del PUE)</translation>
    </message>
    <message>
        <source>CO₂e, t (location-based)</source>
        <translation>CO₂e, t (basado en la ubicación)</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Energy (facility)</source>
        <translation>Energía (instalación)</translation>
    </message>
    <message>
        <source>CO₂e (location-based)</source>
        <translation>CO₂e (basado en la ubicación)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Estimate with the catalog&apos;s defaults for everything the template leaves open.</source>
        <translation>Estimación con los valores predeterminados del catálogo para todo lo que la plantilla deja sin definir.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1 billion parameters</source>
        <translation>%1 mil millones de parámetros</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Energía de TI medida</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Power per accelerator</source>
        <translation>Potencia por acelerador</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensidad de la red</translation>
    </message>
    <message>
        <source> g CO₂e/kWh</source>
        <translation> g CO₂e/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RegionPicker</name>
    <message>
        <source>(none: give the intensity)</source>
        <translation>(ninguna: indique la intensidad)</translation>
    </message>
    <message>
        <source>Search countries, grids, cloud regions…</source>
        <translation>Buscar países, redes, regiones de nube…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First principles (6·N·D FLOPs)</source>
        <translation>Primeros principios (6·N·D FLOPs)</translation>
    </message>
    <message>
        <source>Devices × duration</source>
        <translation>Dispositivos × duración</translation>
    </message>
    <message>
        <source>Accelerator-hours (published)</source>
        <translation>Horas de acelerador (publicadas)</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Energía de TI medida</translation>
    </message>
    <message>
        <source>How the amount of compute is given</source>
        <translation>Cómo se indica la cantidad de cómputo</translation>
    </message>
    <message>
        <source>Workload given as</source>
        <translation>Carga de trabajo indicada como</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Activated parameters (for MoE: per token)</source>
        <translation>Parámetros activados (en MoE: por token)</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>mil M</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de entrenamiento</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Tokens vistos durante el entrenamiento</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: achieved / peak throughput</source>
        <translation>Utilización de FLOPs del modelo: rendimiento alcanzado / máximo</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Numeric precision of training: sets the accelerator&apos;s peak throughput</source>
        <translation>Precisión numérica del entrenamiento: determina el rendimiento máximo del acelerador</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Wall-clock duration of the run</source>
        <translation>Duración real de la ejecución</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Total accelerator-hours</source>
        <translation>Total de horas de acelerador</translation>
    </message>
    <message>
        <source>Energy measured at the IT equipment, before PUE</source>
        <translation>Energía medida en el equipo de TI, antes del PUE</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Experiments multiplier</source>
        <translation>Multiplicador de experimentos</translation>
    </message>
    <message>
        <source>Hyper-parameter search, ablations and failed runs, as a multiple of the main run</source>
        <translation>Búsqueda de hiperparámetros, ablaciones y ejecuciones fallidas, como múltiplo de la ejecución principal</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Model &amp;&amp; workload</source>
        <translation>Modelo y carga de trabajo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Number of accelerators</source>
        <translation>Número de aceleradores</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>disp.</translation>
    </message>
    <message>
        <source>Measured power</source>
        <translation>Potencia medida</translation>
    </message>
    <message>
        <source>All-in average power per accelerator (measured): nothing is added to it</source>
        <translation>Potencia media total por acelerador (medida): no se le suma nada</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Factor de carga</translation>
    </message>
    <message>
        <source>Average power as a fraction of TDP</source>
        <translation>Potencia media como fracción del TDP</translation>
    </message>
    <message>
        <source>× TDP</source>
        <translation>× TDP</translation>
    </message>
    <message>
        <source>Host overhead</source>
        <translation>Sobrecarga del host</translation>
    </message>
    <message>
        <source>CPU, memory and network power as a fraction of accelerator power</source>
        <translation>Potencia de CPU, memoria y red como fracción de la potencia del acelerador</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>Proporción en inactividad</translation>
    </message>
    <message>
        <source>Idle energy of reserved nodes, as a fraction of dynamic energy</source>
        <translation>Energía en inactividad de los nodos reservados, como fracción de la energía dinámica</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensidad de la red</translation>
    </message>
    <message>
        <source>Overrides the region&apos;s annual grid carbon intensity</source>
        <translation>Sustituye la intensidad de carbono anual de la red de la región</translation>
    </message>
    <message>
        <source>g/kWh</source>
        <translation>g/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility (1 = no overhead)</source>
        <translation>Efectividad del uso de la energía de la instalación (1 = sin sobrecarga)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Proporción renovable</translation>
    </message>
    <message>
        <source>Share of the energy covered by contractual instruments (market-based accounting)</source>
        <translation>Proporción de la energía cubierta por instrumentos contractuales (contabilidad basada en el mercado)</translation>
    </message>
    <message>
        <source>Residual mix</source>
        <translation>Mezcla residual</translation>
    </message>
    <message>
        <source>Intensity of the non-renewable share in market-based accounting</source>
        <translation>Intensidad de la parte no renovable en la contabilidad basada en el mercado</translation>
    </message>
    <message>
        <source>WUE (on-site)</source>
        <translation>WUE (en el sitio)</translation>
    </message>
    <message>
        <source>On-site water usage effectiveness</source>
        <translation>Efectividad del uso del agua en el sitio</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>Water of electricity</source>
        <translation>Agua de la electricidad</translation>
    </message>
    <message>
        <source>Off-site water intensity of the electricity (EWIF)</source>
        <translation>Intensidad hídrica de la electricidad fuera del sitio (EWIF)</translation>
    </message>
    <message>
        <source>Embodied per device</source>
        <translation>Emisiones incorporadas por dispositivo</translation>
    </message>
    <message>
        <source>Manufacturing CO2e per accelerator, chip and server share</source>
        <translation>CO2e de fabricación por acelerador: chip y parte proporcional del servidor</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>Years over which embodied carbon is amortised</source>
        <translation>Años durante los que se amortiza el carbono incorporado</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Hardware &amp;&amp; site</source>
        <translation>Hardware y sitio</translation>
    </message>
    <message>
        <source>Automatic (rental when a price is known)</source>
        <translation>Automático (alquiler si se conoce un precio)</translation>
    </message>
    <message>
        <source>Rental (per accelerator-hour)</source>
        <translation>Alquiler (por hora de acelerador)</translation>
    </message>
    <message>
        <source>Owned (energy + amortised capital)</source>
        <translation>Propio (energía + capital amortizado)</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Modelo de costo</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Precio de alquiler</translation>
    </message>
    <message>
        <source>Price per accelerator-hour</source>
        <translation>Precio por hora de acelerador</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>Price of facility energy</source>
        <translation>Precio de la energía de la instalación</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Costo de capital</translation>
    </message>
    <message>
        <source>Purchase cost per accelerator (owned)</source>
        <translation>Costo de compra por acelerador (propio)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Precio del carbono</translation>
    </message>
    <message>
        <source>Internal carbon price, or a social cost of carbon</source>
        <translation>Precio interno del carbono o costo social del carbono</translation>
    </message>
    <message>
        <source>USD/t</source>
        <translation>USD/t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Notas del escenario</translation>
    </message>
    <message>
        <source>Assumptions, sources, what this scenario stands for…</source>
        <translation>Supuestos, fuentes, qué representa este escenario…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Another scenario is already named &quot;%1&quot;.</source>
        <translation>Ya hay otro escenario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>Change workload mode</source>
        <translation>Cambiar modo de carga de trabajo</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Cambiar precisión</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>Cambiar acelerador</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Cambiar región</translation>
    </message>
    <message>
        <source>Change cost model</source>
        <translation>Cambiar modelo de costo</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Accelerator default (%1)</source>
        <translation>Predeterminada del acelerador (%1)</translation>
    </message>
    <message>
        <source>Accelerator default</source>
        <translation>Predeterminada del acelerador</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>No se puede estimar: %1</translation>
    </message>
    <message>
        <source>%1 MWh (%2)</source>
        <translation>%1 MWh (%2)</translation>
    </message>
    <message>
        <source>%1 t CO2e</source>
        <translation>%1 t CO2e</translation>
    </message>
    <message>
        <source>%1 accelerator-hours</source>
        <translation>%1 horas de acelerador</translation>
    </message>
    <message>
        <source>Published: %1 — %2</source>
        <translation>Publicado: %1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>Cannot be estimated: %1</source>
        <translation>No se puede estimar: %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>Include in comparison</source>
        <translation>Incluir en la comparación</translation>
    </message>
    <message>
        <source>Exclude from comparison</source>
        <translation>Excluir de la comparación</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Agregar un escenario</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Duplicar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Eliminar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover hacia arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover hacia abajo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Choose the scenario&apos;s colour</source>
        <translation>Elegir el color del escenario</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Mark as the baseline for comparisons</source>
        <translation>Marcar como referencia para las comparaciones</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Scenario colour</source>
        <translation>Color del escenario</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Cambiar color</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScheduleChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Intensidad de la red (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Schedule: the selected scenario&apos;s region has no hourly profile.
Hourly profiles ship for eight US balancing areas (e.g. US-CISO, US-ERCO, US-PJM);
the CLI&apos;s schedule command imports others.</source>
        <translation>Programación: la región del escenario seleccionado no tiene perfil horario.
Se incluyen perfiles horarios para ocho áreas de balance de EE. UU. (p. ej., US-CISO, US-ERCO, US-PJM);
el comando schedule de la CLI importa otros.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Programación: %1</translation>
    </message>
    <message>
        <source>Schedule: %1
best start of a %2 run: %3 UTC (%4, vs %5 starting at the window&apos;s start)</source>
        <translation>Programación: %1
mejor inicio de una ejecución de %2: %3 UTC (%4, frente a %5 si empieza al inicio de la ventana)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TornadoChart</name>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Dato de entrada en el extremo inferior de su rango</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Dato de entrada en el extremo superior de su rango</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e</source>
        <translation>Sensibilidad del CO2e total</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e — %1 (central %2)</source>
        <translation>Sensibilidad del CO2e total — %1 (central %2)</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Variación del CO2e total respecto a la estimación central (t)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TradeoffChart</name>
    <message>
        <source>Trade-off: CO2e against cost</source>
        <translation>Compromiso: CO2e frente a costo</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Costo (USD)</translation>
    </message>
    <message>
        <source>CO2e, total (t)</source>
        <translation>CO2e, total (t)</translation>
    </message>
    <message>
        <source>Pareto front (no scenario is both cleaner and cheaper)</source>
        <translation>Frente de Pareto (ningún escenario es a la vez más limpio y más barato)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte Carlo)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UncertaintyEditor</name>
    <message>
        <source>Input</source>
        <translation>Dato de entrada</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Catalog range</source>
        <translation>Rango del catálogo</translation>
    </message>
    <message>
        <source>Your range</source>
        <translation>Su rango</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Input ranges</source>
        <translation>Rangos de los datos de entrada</translation>
    </message>
    <message>
        <source>Inputs set in the scenario are fixed unless you give them a range. Lognormal: low and high are P5 and P95, mode the median.</source>
        <translation>Los datos de entrada definidos en el escenario son fijos, a menos que les asigne un rango. Lognormal: bajo y alto son P5 y P95; la moda, la mediana.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Rango de %1</translation>
    </message>
    <message>
        <source>Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs</source>
        <translation>CO2e total (entrenamiento): P5 %1, P50 %2, P95 %3 — %4 muestras, semilla %5, %6 datos de entrada variados</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated yet.</source>
        <translation>Este escenario aún no se puede estimar.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>catalog / as set</source>
        <translation>catálogo / según lo definido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the energy, carbon, water and cost of ML training runs.</source>
        <translation>Planifica la energía, el carbono, el agua y el costo de las ejecuciones de entrenamiento de ML.</translation>
    </message>
    <message>
        <source>Project file to open (default: the example).</source>
        <translation>Archivo de proyecto que se abrirá (predeterminado: el ejemplo).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (tests, screenshots).</source>
        <translation>Salir tras &lt;ms&gt; milisegundos (pruebas, capturas de pantalla).</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory used.</source>
        <translation>Mostrar el tiempo hasta la primera ventana dibujada y la memoria utilizada.</translation>
    </message>
</context>
</TS>
