<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../widgets/generate/apikeystore.cpp" line="+81"/>
        <source>This build has no keychain support; set the environment variable instead.</source>
        <translation>Cette version ne prend pas en charge le trousseau&#xa0;; définissez plutôt la variable d&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>CapabilityProbe</name>
    <message>
        <location filename="../models/generation/capabilityprobe.cpp" line="+92"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server reachable: %1</source>
        <translation>Serveur joignable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key accepted: %1</source>
        <translation>Clé d&apos;API acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key accepted: not known (no request got far enough to tell)</source>
        <translation>Clé d&apos;API acceptée&#xa0;: inconnu (aucune requête n&apos;est allée assez loin pour le dire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model list: %1 is %2</source>
        <translation>Liste des modèles&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>listed</source>
        <translation>y figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT listed</source>
        <translation>n&apos;y figure PAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model list: the server has no usable GET /models (not needed for generating)</source>
        <translation>Liste des modèles&#xa0;: le serveur n&apos;offre pas de GET /models utilisable (inutile pour générer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat completions work: %1%2</source>
        <translation>Chat Completions fonctionne&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output (json_schema): refused by the server; runs will ask for plain JSON and extract it</source>
        <translation>Sortie structurée (json_schema)&#xa0;: refusée par le serveur&#xa0;; les exécutions demanderont du JSON simple et l&apos;en extrairont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output (json_schema): %1</source>
        <translation>Sortie structurée (json_schema)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>honoured</source>
        <translation>respectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored; runs will fall back to plain JSON</source>
        <translation>ignorée&#xa0;; les exécutions se rabattront sur du JSON simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token usage reported: %1%2</source>
        <translation>Consommation de tokens indiquée&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (costs will be estimated)</source>
        <translation> (les coûts seront estimés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CharacterCard</name>
    <message>
        <location filename="../models/sheet/charactercard.cpp" line="+67"/>
        <source>a CHARX package whose ZIP directory cannot be read</source>
        <translation>un paquet CHARX dont le répertoire ZIP ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a CHARX package whose card.json is compressed in a way not read (method %1)</source>
        <translation>un paquet CHARX dont le card.json est compressé d’une façon non lue (méthode %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a ZIP file without card.json, so no CHARX package</source>
        <translation>un fichier ZIP sans card.json, donc pas un paquet CHARX</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a card larger than 64 MB is not read</source>
        <translation>une carte de plus de 64 Mo n&apos;est pas lue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a PNG image</source>
        <translation>pas une image PNG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PNG image is cut off</source>
        <translation>l&apos;image PNG est tronquée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the card&apos;s text in the PNG image is damaged</source>
        <translation>le texte de la carte dans l&apos;image PNG est endommagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PNG image carries no character card (no &quot;chara&quot; or &quot;ccv3&quot; text chunk)</source>
        <translation>l&apos;image PNG ne porte aucune carte de personnage (pas de bloc de texte &quot;chara&quot; ni &quot;ccv3&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the card&apos;s text in the PNG image is not base64</source>
        <translation>le texte de la carte dans l&apos;image PNG n&apos;est pas en base64</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a character card: it has no &quot;name&quot;</source>
        <translation>pas une carte de personnage&#xa0;: elle n&apos;a pas de &quot;name&quot;</translation>
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
        <translation>Avertissements dans la fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>Stockés</translation>
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
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recor&amp;ds:</source>
        <translation>Enregi&amp;strements&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records for this character</source>
        <translation>Enregistrements pour ce personnage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the Tier&apos;s</source>
        <translation>Celui du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this character its tier&apos;s count again</source>
        <translation>Redonner à ce personnage le nombre de son niveau</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep My Version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the File&apos;s Version</source>
        <translation>Charger la version du fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sheet editor</source>
        <translation>Éditeur de fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a character to edit its sheet.</source>
        <translation>Sélectionnez un personnage pour modifier sa fiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in sheet (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Rechercher dans la fiche (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent, Échap&#xa0;: fermer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rendered sheet</source>
        <translation>Fiche mise en forme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field the generator uses</source>
        <translation>Champ utilisé par le générateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parsed fields</source>
        <translation>Champs lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet warnings</source>
        <translation>Avertissements de la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warnings (Enter or click to jump to the line)</source>
        <translation>&amp;Avertissements (Entrée ou clic pour aller à la ligne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preview</source>
        <translation>Ape&amp;rçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+448"/>
        <source>F&amp;ields</source>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <location line="-447"/>
        <source>Cate&amp;gories</source>
        <translation>Caté&amp;gories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;mpt</source>
        <translation>Pro&amp;mpt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New Character…</source>
        <translation>&amp;Nouveau personnage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Character Cards…</source>
        <translation>&amp;Importer des cartes de personnage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a sheet from each role-play character card (SillyTavern&apos;s JSON or PNG cards)</source>
        <translation>Créer une fiche à partir de chaque carte de personnage de jeu de rôle (cartes JSON ou PNG de SillyTavern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Character</source>
        <translation>&amp;Dupliquer le personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Character…</source>
        <translation>&amp;Renommer le personnage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Character</source>
        <translation>&amp;Supprimer le personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Sheet</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet changed on disk</source>
        <translation>Fiche modifiée sur le disque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file changed on disk since it was opened. Choose which version to keep in the bar above the editor.</source>
        <translation>Le fichier a été modifié sur le disque depuis son ouverture. Choisissez la version à garder dans la barre au-dessus de l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Sheet</source>
        <translation>Re&amp;chercher dans la fiche</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit:</source>
        <translation>&amp;Modifier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This character&apos;s own categories</source>
        <translation>Catégories propres à ce personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories common to every character</source>
        <translation>Catégories communes à tous les personnages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inherited from the common categories:</source>
        <translation>Héritées des catégories communes&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the user asks (one line)</source>
        <translation>Ce que demande l&apos;utilisateur (une ligne)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+433"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category (Insert)</source>
        <translation>Ajouter une catégorie (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected category (Delete)</source>
        <translation>Retirer la catégorie sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Describe what the user asks in this category.</source>
        <translation>Décrivez ce que demande l&apos;utilisateur dans cette catégorie.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>System message</source>
        <translation>Message système</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>User message</source>
        <translation>Message de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>own count (the tier&apos;s: %1)</source>
        <translation>nombre propre (celui du niveau&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the tier&apos;s count</source>
        <translation>le nombre du niveau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No character selected</source>
        <translation>Aucun personnage sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a character in the list, or create one with Ctrl+N.</source>
        <translation>Choisissez un personnage dans la liste ou créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder with File ▸ Open Project (Ctrl+O).</source>
        <translation>Ouvrez un dossier de projet avec Fichier ▸ Ouvrir un projet (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 was changed by another program while you were editing it. Which version do you want to keep?</source>
        <translation>Un autre programme a modifié %1 pendant que vous le modifiiez. Quelle version voulez-vous garder&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloaded: %1 was changed on disk.</source>
        <translation>Rechargé&#xa0;: %1 a été modifié sur le disque.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;p&gt;&lt;b&gt;This sheet cannot be edited.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cette fiche ne peut pas être modifiée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n trait(s)</source>
        <translation>
            <numerusform>%n trait</numerusform>
            <numerusform>%n traits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature quote</source>
        <translation>Réplique emblématique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n section(s); prompt budget %1 tokens each</source>
        <translation>
            <numerusform>%n section&#xa0;; budget du prompt&#xa0;: %1 tokens par section</numerusform>
            <numerusform>%n sections&#xa0;; budget du prompt&#xa0;: %1 tokens par section</numerusform>
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
        <translation>%1 / %2 tokens — budget dépassé, la fin est coupée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut from the prompt:
%1</source>
        <translation>Coupé du prompt&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No warnings: the generator has what it needs.</source>
        <translation>Aucun avertissement&#xa0;: le générateur a tout ce qu&apos;il lui faut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ields (%1)</source>
        <translation>&amp;Champs (%1)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is already a category named %1; the name was not changed.</source>
        <translation>Il existe déjà une catégorie nommée %1&#xa0;; le nom n&apos;a pas été changé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This character has no categories.</source>
        <translation>Ce personnage n&apos;a aucune catégorie.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>One request for %n record(s) (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.</source>
        <translation>
            <numerusform>Une requête pour %n enregistrement (la taille de lot) avec sortie structurée&#xa0;: système %1 tokens, utilisateur %2 tokens, %3 au total.</numerusform>
            <numerusform>Une requête pour %n enregistrements (la taille de lot) avec sortie structurée&#xa0;: système %1 tokens, utilisateur %2 tokens, %3 au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>New Character</source>
        <translation>Nouveau personnage</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the new character:</source>
        <translation>Nom du nouveau personnage&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>Import Character Cards</source>
        <translation>Importer des cartes de personnage</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Character cards (*.png *.json *.charx);;All files (*)</source>
        <translation>Cartes de personnage (*.png *.json *.charx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import character card %1</source>
        <translation>Importer la carte de personnage %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n character card(s)</source>
        <translation>
            <numerusform>Importer %n carte de personnage</numerusform>
            <numerusform>Importer %n cartes de personnage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate Character</source>
        <translation>Dupliquer le personnage</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Rename Character</source>
        <translation>Renommer le personnage</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New name for %1 (the sheet file, the plan and stored records follow):</source>
        <translation>Nouveau nom pour %1 (le fichier de la fiche, le plan et les enregistrements stockés suivent)&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Delete Character</source>
        <translation>Supprimer le personnage</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete %1? The sheet moves to the .trash folder beside the sheets, and Edit ▸ Undo brings it back. Stored records stay in the database.</source>
        <translation>Supprimer %1&#xa0;? La fiche est déplacée dans le dossier .trash à côté des fiches, et Édition ▸ Annuler la restaure. Les enregistrements stockés restent dans la base de données.</translation>
    </message>
    <message>
        <location filename="../widgets/characters/characterspage.h" line="+38"/>
        <source>&amp;Characters</source>
        <translation>&amp;Personnages</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../models/generation/chatclient.cpp" line="+71"/>
        <source>the base URL &quot;%1&quot; is not a valid http(s) URL</source>
        <translation>l&apos;URL de base «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s) valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the base URL &quot;%1&quot; uses plain http to a host that is not this machine; the key and the data would travel unencrypted. Use https (plain http is accepted only for localhost / 127.0.0.1 / ::1).</source>
        <translation>l&apos;URL de base «&#xa0;%1&#xa0;» utilise http simple vers un hôte qui n&apos;est pas cette machine&#xa0;; la clé et les données circuleraient sans chiffrement. Utilisez https (http simple n&apos;est accepté que pour localhost / 127.0.0.1 /&#xa0;::1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the base URL &quot;%1&quot; must start with https:// (or http:// for a server on this machine)</source>
        <translation>l&apos;URL de base «&#xa0;%1&#xa0;» doit commencer par https:// (ou http:// pour un serveur sur cette machine)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>no answer within the time limit</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server&apos;s answer is not a chat completion</source>
        <translation>la réponse du serveur n&apos;a pas le format d&apos;une chat completion</translation>
    </message>
</context>
<context>
    <name>ChatLogReader</name>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="+71"/>
        <source>reading the chat failed: %1</source>
        <translation>la lecture du chat a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a chat longer than %1 MB is not read</source>
        <translation>un chat de plus de %1 Mo n&apos;est pas lu</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not a message of the chat: &quot;mes&quot; is missing or not text</source>
        <translation>pas un message du chat&#xa0;: &quot;mes&quot; manque ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the message has no text: the chat is read without it</source>
        <translation>le message n&apos;a pas de texte&#xa0;: le chat est lu sans lui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the chat has no messages</source>
        <translation>le chat n&apos;a aucun message</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 in this group chat: %2</source>
        <translation>%1 dans ce chat de groupe&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CompressedFile</name>
    <message>
        <location filename="../models/util/compressedfile.cpp" line="+52"/>
        <source>it is zstd-compressed: decompress it first (zstd -d %1)</source>
        <translation>il est compressé avec zstd&#xa0;: décompressez-le d&apos;abord (zstd -d %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is bzip2-compressed: decompress it first (bunzip2 -k %1)</source>
        <translation>il est compressé avec bzip2&#xa0;: décompressez-le d&apos;abord (bunzip2 -k %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is xz-compressed: decompress it first (unxz -k %1)</source>
        <translation>il est compressé avec xz&#xa0;: décompressez-le d&apos;abord (unxz -k %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a zip archive: extract its JSONL files first (unzip %1)</source>
        <translation>c&apos;est une archive zip&#xa0;: extrayez-en d&apos;abord les fichiers JSONL (unzip %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a Parquet file: convert it to JSON Lines first (for example with pandas: pd.read_parquet(&quot;%1&quot;).to_json(&quot;out.jsonl&quot;, orient=&quot;records&quot;, lines=True))</source>
        <translation>c&apos;est un fichier Parquet&#xa0;: convertissez-le d&apos;abord en JSON Lines (par exemple avec pandas&#xa0;: pd.read_parquet(&quot;%1&quot;).to_json(&quot;out.jsonl&quot;, orient=&quot;records&quot;, lines=True))</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>zlib could not start</source>
        <translation>zlib n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the gzip data ends early: the file is cut off</source>
        <translation>les données gzip s&apos;arrêtent trop tôt&#xa0;: le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the gzip data is damaged (%1)</source>
        <translation>les données gzip sont endommagées (%1)</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <location filename="../models/dataset/datasetstore.cpp" line="+194"/>
        <source>%1 cannot be written: the folder %2 or the file is read-only</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier %2 ou le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+104"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has changes in its -wal file that cannot be merged in a read-only folder; open the project where it can be written once</source>
        <translation>%1 a dans son fichier -wal des modifications qui ne peuvent pas être fusionnées dans un dossier en lecture seule&#xa0;; ouvrez une fois le projet à un endroit où il peut être écrit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is schema version %2; this studio reads version %3 and cannot upgrade it read-only</source>
        <translation>%1 est au schéma version %2&#xa0;; ce studio lit la version %3 et ne peut pas le mettre à niveau en lecture seule</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the database is schema version %1, newer than this studio reads (%2); update the studio</source>
        <translation>la base de données est en version de schéma %1, plus récente que celle que lit cette version de Persona Studio (%2)&#xa0;; mettez Persona Studio à jour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>la mise à niveau du schéma vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../widgets/export/exportdialog.cpp" line="+46"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio records (persona, category, instruction, input, output)</source>
        <translation>Enregistrements Persona Studio (persona, category, instruction, input, output)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI chat fine-tuning (messages)</source>
        <translation>Fine-tuning de chat OpenAI (messages)</translation>
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
        <translation>Paires de préférence pour DPO&#xa0;: votre modification choisie, la réponse générée rejetée (TRL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted and edited records</source>
        <translation>Enregistrements acceptés et modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything not rejected</source>
        <translation>Tout ce qui n&apos;est pas rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;imported records</source>
        <translation>&amp;Inclure les enregistrements importés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validation split</source>
        <translation>&amp;Part de validation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>see&amp;d</source>
        <translation>&amp;graine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Va&amp;lidate for:</source>
        <translation>&amp;Valider pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split longer conversations to fit</source>
        <translation>&amp;Découper les conversations plus longues pour qu&apos;elles tiennent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Trainer&apos;s cutoff:</source>
        <translation>&amp;Coupure de l&apos;entraîneur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder:</source>
        <translation>Dossier de s&amp;ortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;pen Folder</source>
        <translation>O&amp;uvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 sur %Ln enregistrement</numerusform>
            <numerusform>%1 sur %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Share of each character&apos;s records written to validation.jsonl</source>
        <translation>Part des enregistrements de chaque personnage écrite dans validation.jsonl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed gives the same split</source>
        <translation>La même graine donne le même découpage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fine-tuning model for the validation&apos;s token limit and cost estimate</source>
        <translation>Modèle de fine-tuning pour la limite de tokens et l&apos;estimation du coût de la validation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sequence length of the trainer the files are for (LLaMA-Factory&apos;s cutoff_len, TRL&apos;s max_length, axolotl&apos;s sequence_len): the validation names the longer examples, whose ends the trainer cuts off</source>
        <translation>La longueur de séquence de l&apos;entraîneur auquel les fichiers sont destinés (cutoff_len de LLaMA-Factory, max_length de TRL, sequence_len d&apos;axolotl)&#xa0;: la validation nomme les exemples plus longs, dont l&apos;entraîneur coupe la fin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The records cannot be counted: %1</source>
        <translation>Impossible de compter les enregistrements&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) to export.</source>
        <translation>
            <numerusform>%Ln enregistrement à exporter.</numerusform>
            <numerusform>%Ln enregistrements à exporter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record is edited yet: a pair is a generated reply and your edit of it (E in the Review mode).</source>
        <translation>Aucun enregistrement n’est encore modifié&#xa0;: une paire est une réponse générée et votre modification de celle-ci (E dans le mode Relecture).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record is accepted yet: accept records in the Review mode, or choose &quot;Everything not rejected&quot;.</source>
        <translation>Aucun enregistrement n’est encore accepté&#xa0;: acceptez-en dans le mode Relecture, ou choisissez «&#xa0;Tout ce qui n’est pas rejeté&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record to export with this choice.</source>
        <translation>Aucun enregistrement à exporter avec ce choix.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a conversation longer than the cutoff as several examples of whole exchanges that each fit, rather than leave the trainer to cut its end off</source>
        <translation>Écrire une conversation plus longue que la coupure en plusieurs exemples d&apos;échanges entiers qui tiennent chacun, au lieu de laisser l&apos;entraîneur couper sa fin</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The validation report of the exported files appears here.</source>
        <translation>Le rapport de validation des fichiers exportés s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file manager opened %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert %1.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an output folder first.</source>
        <translation>Choisissez d&apos;abord un dossier de sortie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export stopped; no file was changed.</source>
        <translation>Exportation arrêtée&#xa0;; aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported, but a trainer would reject the file: see the report.</source>
        <translation>Exporté, mais un outil d&apos;entraînement rejetterait le fichier&#xa0;: voir le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported and valid; the settings could not be remembered: %1</source>
        <translation>Exporté et valide&#xa0;; les réglages n&apos;ont pas pu être mémorisés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported and valid.</source>
        <translation>Exporté et valide.</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <location filename="../models/exporting/exporter.cpp" line="+206"/>
        <source>Export stopped; no file was changed.</source>
        <translation>Exportation arrêtée&#xa0;; aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1:</source>
        <translation>Exporté vers %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… %Ln more character file(s), %1</source>
        <translation>
            <numerusform>… %Ln fichier de personnage de plus, %1</numerusform>
            <numerusform>… %Ln fichiers de personnage de plus, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln long conversation(s) written as %1 examples that fit the trainer&apos;s cutoff.</source>
        <translation>
            <numerusform>%Ln longue conversation écrite en %1 exemples qui tiennent dans la coupure de l&apos;entraîneur.</numerusform>
            <numerusform>%Ln longues conversations écrites en %1 exemples qui tiennent dans la coupure de l&apos;entraîneur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <location filename="../models/exporting/exportsettings.cpp" line="+97"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../models/exporting/exporter.cpp" line="-115"/>
        <source>Character-voice fine-tuning data for %1, exported by Persona Studio %2 on %3 in the `%4` format.</source>
        <translation>Données de fine-tuning des voix des personnages de %1, exportées par Persona Studio %2 le %3 au format `%4`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per character</source>
        <translation>Enregistrements par personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>character</source>
        <translation>personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records per category</source>
        <translation>Enregistrements par catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection: %1; imported records %2.</source>
        <translation>Sélection&#xa0;: %1&#xa0;; enregistrements importés&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted and edited records</source>
        <translation>enregistrements acceptés et modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every record not rejected</source>
        <translation>tous les enregistrements non rejetés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all records</source>
        <translation>tous les enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>exclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the project</source>
        <translation>dans le projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exported</source>
        <translation>exportés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(unknown model)</source>
        <translation>(modèle inconnu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was generated</source>
        <translation>Comment elles ont été générées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated records were written by a language model through an OpenAI-compatible Chat Completions API, prompted with a Markdown character sheet per character and one scenario category per request, then reviewed in Persona Studio. Models: %1. Imported records (%2) come from existing datasets.</source>
        <translation>Les enregistrements générés ont été écrits par un modèle de langage via une API Chat Completions compatible OpenAI, avec dans le prompt une fiche de personnage Markdown par personnage et une catégorie de scénario par requête, puis relus dans Persona Studio. Modèles&#xa0;: %1. Les enregistrements importés (%2) proviennent de jeux de données existants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instruction template: `%1`. System message template: `%2`.</source>
        <translation>Modèle d&apos;instruction&#xa0;: `%1`. Modèle du message système&#xa0;: `%2`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation split: %1 per character, seed %2.</source>
        <translation>Part de validation&#xa0;: %1 par personnage, graine %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set (add &quot;license&quot; to the &quot;export&quot; object of studio.json).</source>
        <translation>Non définie (ajoutez &quot;license&quot; à l&apos;objet &quot;export&quot; de studio.json).</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>no output folder</source>
        <translation>aucun dossier de sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be created</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+32"/>
        <location line="+53"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>manifest.json or README.md cannot be written</source>
        <translation>manifest.json ou README.md ne peut pas être écrit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be replaced</source>
        <translation>%1 ne peut pas être remplacé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not from an earlier export and is left as it is: choose an empty folder, or one an export wrote</source>
        <translation>%1 ne vient pas d&apos;un export précédent et reste tel quel&#xa0;: choisissez un dossier vide ou un dossier écrit par un export</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (record #%1, %2)</source>
        <translation> (enregistrement n°&#xa0;%1, %2)</translation>
    </message>
</context>
<context>
    <name>FineTuneValidator</name>
    <message>
        <location filename="../models/exporting/finetunevalidator.cpp" line="+80"/>
        <source>the example has %1 tokens, over the %2 tokens %3 accepts per training example</source>
        <translation>l&apos;exemple compte %1 tokens, au-delà des %2 tokens que %3 accepte par exemple d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the example has %1 tokens, over the trainer&apos;s cutoff of %2: its end is cut off in training</source>
        <translation>l&apos;exemple a %1 tokens, au-delà de la coupure de l&apos;entraîneur, %2&#xa0;: sa fin est coupée à l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;messages&quot; list</source>
        <translation>pas de liste &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &quot;%1&quot; is not part of OpenAI&apos;s chat format and is ignored</source>
        <translation>la clé &quot;%1&quot; ne fait pas partie du format de chat d&apos;OpenAI et est ignorée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>message %1 is not an object</source>
        <translation>le message %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 has no &quot;role&quot; or no &quot;content&quot;</source>
        <translation>le message %1 n&apos;a pas de &quot;role&quot; ou pas de &quot;content&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message %1 has the unknown key &quot;%2&quot;</source>
        <translation>le message %1 contient la clé inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>message %1 has the unknown role &quot;%2&quot;</source>
        <translation>le message %1 a le rôle inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1: &quot;weight&quot; must be 0 or 1</source>
        <translation>message %1&#xa0;: «&#xa0;weight&#xa0;» doit valoir 0 ou 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 (%2) has a &quot;weight&quot;: only assistant messages have one</source>
        <translation>le message %1 (%2) a un «&#xa0;weight&#xa0;»&#xa0;: seuls les messages de l’assistant en ont un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 (%2) has no text content</source>
        <translation>le message %1 (%2) n&apos;a pas de contenu texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 repeats the role of the message before; chat templates that need alternating roles (Llama 2, Mistral, Gemma) refuse the conversation</source>
        <translation>le message %1 répète le rôle du message précédent&#xa0;; les modèles de chat qui exigent des rôles alternés (Llama 2, Mistral, Gemma) refusent la conversation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>message %1: the conversation begins with the %2; chat templates that need alternating roles (Llama 2, Mistral, Gemma) refuse it</source>
        <translation>message %1&#xa0;: la conversation commence par le rôle «&#xa0;%2&#xa0;»&#xa0;; les modèles de chat qui exigent des rôles alternés (Llama 2, Mistral, Gemma) la refusent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no assistant message</source>
        <translation>aucun message de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>no system message</source>
        <translation>aucun message système</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>no user message</source>
        <translation>aucun message de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+145"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&quot;persona&quot; is missing or empty</source>
        <translation>&quot;persona&quot; est absent ou vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;input&quot; is missing</source>
        <translation>&quot;input&quot; est absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>&quot;output&quot; est absent ou vide</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&quot;dialogue&quot; is not a list of messages</source>
        <translation>&quot;dialogue&quot; n&apos;est pas une liste de messages</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no &quot;conversations&quot; list</source>
        <translation>pas de liste &quot;conversations&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>turn %1 has no &quot;from&quot; or no &quot;value&quot;</source>
        <translation>le tour %1 n&apos;a pas de &quot;from&quot; ou pas de &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>turn %1 has the unknown key &quot;%2&quot;</source>
        <translation>le tour %1 contient la clé inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn %1 has the unknown &quot;from&quot; &quot;%2&quot;</source>
        <translation>le tour %1 a une valeur &quot;from&quot; inconnue&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1 (%2) has no text</source>
        <translation>le tour %1 (%2) n&apos;a pas de texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1 repeats the speaker of the turn before; LLaMA-Factory drops such conversations</source>
        <translation>le tour %1 reprend le locuteur du tour précédent&#xa0;; LLaMA-Factory écarte ces conversations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn %1: the conversation begins with &quot;%2&quot;; LLaMA-Factory drops conversations that do not begin with &quot;human&quot;</source>
        <translation>tour %1&#xa0;: la conversation commence par «&#xa0;%2&#xa0;»&#xa0;; LLaMA-Factory écarte les conversations qui ne commencent pas par «&#xa0;human&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no &quot;gpt&quot; turn</source>
        <translation>aucun tour &quot;gpt&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;%1&quot;: a list of messages or text</source>
        <translation>pas de «&#xa0;%1&#xa0;»&#xa0;: une liste de messages ou un texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot;: message %2 has no &quot;role&quot; or no text &quot;content&quot;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le message %2 n’a pas de «&#xa0;role&#xa0;» ou pas de «&#xa0;content&#xa0;» textuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: message %2 has the role &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le message %2 a le rôle «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: message %2 (%3) has no text content</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le message %2 (%3) n’a pas de contenu textuel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt&apos;s last message is not the user&apos;s (%1)</source>
        <translation>le dernier message du prompt n’est pas celui de l’utilisateur (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;chosen&quot; and &quot;rejected&quot; are the same reply: the pair teaches nothing</source>
        <translation>«&#xa0;chosen&#xa0;» et «&#xa0;rejected&#xa0;» sont la même réponse&#xa0;: la paire n’apprend rien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;instruction&quot; is missing or not text</source>
        <translation>&quot;instruction&quot; est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;input&quot; is not text</source>
        <translation>&quot;input&quot; n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;history&quot; entries must be [user, reply] pairs of text</source>
        <translation>les entrées de &quot;history&quot; doivent être des paires de texte [utilisateur, réponse]</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file starts with a UTF-8 byte order mark</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets (BOM) UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blank line: every line must be a JSON object</source>
        <translation>ligne vide&#xa0;: chaque ligne doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>JSON non valide&#xa0;: %1 à la colonne %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;messages&quot;, &quot;conversations&quot;, &quot;chosen&quot;, &quot;persona&quot; or &quot;instruction&quot; key: unknown format</source>
        <translation>aucune clé «&#xa0;messages&#xa0;», «&#xa0;conversations&#xa0;», «&#xa0;chosen&#xa0;», «&#xa0;persona&#xa0;» ou «&#xa0;instruction&#xa0;»&#xa0;: format inconnu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file is one JSON array, not JSON Lines: fine-tuning services read one JSON object per line. Import it into a project (persona-studio-cli import) and export it.</source>
        <translation>le fichier est un seul tableau JSON, pas du JSON Lines&#xa0;: les services de fine-tuning lisent un objet JSON par ligne. Importez-le dans un projet (persona-studio-cli import) puis exportez-le.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln example(s); OpenAI fine-tuning needs at least %1</source>
        <translation>
            <numerusform>%Ln exemple&#xa0;; le fine-tuning d&apos;OpenAI en demande au moins %1</numerusform>
            <numerusform>%Ln exemples&#xa0;; le fine-tuning d&apos;OpenAI en demande au moins %1</numerusform>
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
        <translation>&amp;Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run: it continues toward the targets and never stores a record twice</source>
        <translation>Lancer une nouvelle exécution&#xa0;: elle poursuit vers les objectifs et ne stocke jamais deux fois un enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%v / %m records (%p%)</source>
        <translation>%v / %m enregistrements (%p&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress toward the target</source>
        <translation>Progression vers l&apos;objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Settings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider, model, API key, concurrency, batch size, timeout and prices</source>
        <translation>Fournisseur, modèle, clé d&apos;API, simultanéité, taille de lot, délai d&apos;expiration et prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the endpoint whether it answers, accepts the key and honours structured output</source>
        <translation>Demander au point de terminaison s&apos;il répond, accepte la clé et respecte la sortie structurée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>St&amp;art</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a run over the scope, after showing the estimate (Ctrl+Return)</source>
        <translation>Lancer une exécution sur le périmètre après avoir affiché l&apos;estimation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+355"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Pause: no new requests, those in flight finish and are stored (Ctrl+P; again to resume)</source>
        <translation>Pause&#xa0;: plus de nouvelles requêtes&#xa0;; celles en cours se terminent et sont stockées (Ctrl+P&#xa0;; à nouveau pour reprendre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop cleanly: answers in flight are stored, then the run ends (Ctrl+.)</source>
        <translation>Arrêter proprement&#xa0;: les réponses en cours sont stockées, puis l&apos;exécution se termine (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel now: requests in flight are abandoned; what is stored stays</source>
        <translation>Annuler tout de suite&#xa0;: les requêtes en cours sont abandonnées&#xa0;; ce qui est stocké reste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sc&amp;ope:</source>
        <translation>Péri&amp;mètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which characters a run works on</source>
        <translation>Les personnages sur lesquels porte une exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stops before a request could pass this cost</source>
        <translation>L&apos;exécution s&apos;arrête avant qu&apos;une requête ne puisse dépasser ce coût</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued and running</source>
        <translation>En attente et en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or cancelled</source>
        <translation>Échouées ou annulées</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <source>Selected character only</source>
        <translation>Personnage sélectionné uniquement</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Retry &amp;Selected</source>
        <translation>Réessayer la &amp;sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run for the characters of the selected failed jobs; it makes up what is missing</source>
        <translation>Lancer une exécution pour les personnages des tâches échouées sélectionnées&#xa0;; elle complète ce qui manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry All &amp;Failed</source>
        <translation>Réessayer tous les é&amp;checs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run for every character with a failed job</source>
        <translation>Lancer une exécution pour chaque personnage ayant une tâche échouée</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended below some targets</source>
        <translation>terminée sous certains objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at its budget</source>
        <translation>arrêtée à son budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last run, started %1, %2: %Ln job(s), %3 failed (its jobs are in the Jobs tab).</source>
        <translation>
            <numerusform>La dernière exécution, lancée le %1, %2 : %Ln tâche, %3 en échec (ses tâches sont dans l&apos;onglet Tâches).</numerusform>
            <numerusform>La dernière exécution, lancée le %1, %2 : %Ln tâches, %3 en échec (ses tâches sont dans l&apos;onglet Tâches).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All characters</source>
        <translation>Tous les personnages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier: %1</source>
        <translation>Niveau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key in keychain</source>
        <translation>clé dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key from $%1</source>
        <translation>clé depuis $%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Provider:&lt;/b&gt; %1 · &lt;b&gt;model&lt;/b&gt; %2 · %3 · %n at once</source>
        <translation>
            <numerusform>&lt;b&gt;Fournisseur&#xa0;:&lt;/b&gt; %1 · &lt;b&gt;modèle&lt;/b&gt; %2 · %3 · %n à la fois</numerusform>
            <numerusform>&lt;b&gt;Fournisseur&#xa0;:&lt;/b&gt; %1 · &lt;b&gt;modèle&lt;/b&gt; %2 · %3 · %n à la fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No estimate: %1</source>
        <translation>Pas d&apos;estimation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cost unknown (no price for this model)</source>
        <translation>coût inconnu (aucun prix pour ce modèle)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Estimate:&lt;/b&gt; %n record(s) to generate</source>
        <translation>
            <numerusform>&lt;b&gt;Estimation&#xa0;:&lt;/b&gt; %n enregistrement à générer</numerusform>
            <numerusform>&lt;b&gt;Estimation&#xa0;:&lt;/b&gt; %n enregistrements à générer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n request(s)</source>
        <translation>
            <numerusform> en %n requête</numerusform>
            <numerusform> en %n requêtes</numerusform>
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
        <translation>Ouvrez un projet pour générer des enregistrements.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All targets are met — open Review to check records.</source>
        <translation>Tous les objectifs sont atteints — ouvrez Relecture pour vérifier les enregistrements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every character in this scope is at its target — open Review to check records.</source>
        <translation>Chaque personnage de ce périmètre a atteint son objectif — ouvrez Relecture pour vérifier les enregistrements.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>no target · %Ln stored</source>
        <translation>
            <numerusform>pas d’objectif · %Ln stocké</numerusform>
            <numerusform>pas d’objectif · %Ln stockés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 · %3 more not counted</source>
        <translation>%1 / %2 · %3 de plus non comptés</translation>
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
            <numerusform>%1 requête en cours sur %Ln</numerusform>
            <numerusform>%1 requêtes en cours sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="-309"/>
        <source>no target</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 progress</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2&apos;s records count toward the target of %3: the target is split over the plan&apos;s categories, and the other %4 are in categories the plan does not have or beyond a category&apos;s share.</source>
        <translation>%1 enregistrements de %2 comptent pour l’objectif de %3&#xa0;: l’objectif est réparti entre les catégories du plan, et les %4 autres sont dans des catégories que le plan n’a pas ou au-delà de la part d’une catégorie.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the studio closed while it ran</source>
        <translation>Persona Studio a été fermé pendant l&apos;exécution</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+271"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>Ch&amp;aracters</source>
        <translation>P&amp;ersonnages</translation>
    </message>
    <message numerus="yes">
        <location line="+545"/>
        <source>&lt;b&gt;The last run did not finish&lt;/b&gt; (%1). Stored: %2 of %Ln record(s); resuming continues toward the targets without duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;La dernière exécution ne s&apos;est pas terminée&lt;/b&gt; (%1). Stockés&#xa0;: %2 sur %Ln enregistrement&#xa0;; la reprise poursuit vers les objectifs sans doublons.</numerusform>
            <numerusform>&lt;b&gt;La dernière exécution ne s&apos;est pas terminée&lt;/b&gt; (%1). Stockés&#xa0;: %2 sur %Ln enregistrements&#xa0;; la reprise poursuit vers les objectifs sans doublons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <location line="+2"/>
        <source>Cannot start: %1</source>
        <translation>Impossible de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Nothing to generate: every target in this scope is met.</source>
        <translation>Rien à générer&#xa0;: tous les objectifs de ce périmètre sont atteints.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all characters</source>
        <translation>tous les personnages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Run</source>
        <translation>Lancer l&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate for %1 with %2 at %3?</source>
        <translation>Générer pour %1 avec %2 sur %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The run stops at the budget of %1.</source>
        <translation>&lt;br&gt;L&apos;exécution s&apos;arrête au budget de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the API key from the keychain…</source>
        <translation>Lecture de la clé d&apos;API dans le trousseau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain: %1</source>
        <translation>Trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 / %2: retry in %3 (%4)</source>
        <translation>%1 / %2&#xa0;: nouvel essai dans %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Run started: %1 at %2, %n request(s) planned</source>
        <translation>
            <numerusform>Exécution lancée&#xa0;: %1 sur %2, %n requête prévue</numerusform>
            <numerusform>Exécution lancée&#xa0;: %1 sur %2, %n requêtes prévues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 records/min</source>
        <translation>%1 enregistrements/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ETA %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 spent of ≈ %2 estimated</source>
        <translation>%1 dépensé sur ≈ %2 estimé</translation>
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
            <numerusform>Exécution terminée&#xa0;: %n enregistrement stocké</numerusform>
            <numerusform>Exécution terminée&#xa0;: %n enregistrements stockés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run ended short of the targets (%1): %n record(s) stored</source>
        <translation>
            <numerusform>L&apos;exécution s&apos;est terminée avant d&apos;atteindre les objectifs (%1)&#xa0;: %n enregistrement stocké</numerusform>
            <numerusform>L&apos;exécution s&apos;est terminée avant d&apos;atteindre les objectifs (%1)&#xa0;: %n enregistrements stockés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Run stopped: %n record(s) stored</source>
        <translation>
            <numerusform>Exécution arrêtée&#xa0;: %n enregistrement stocké</numerusform>
            <numerusform>Exécution arrêtée&#xa0;: %n enregistrements stockés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Budget reached: %n record(s) stored</source>
        <translation>
            <numerusform>Budget atteint&#xa0;: %n enregistrement stocké</numerusform>
            <numerusform>Budget atteint&#xa0;: %n enregistrements stockés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run cancelled: %n record(s) stored</source>
        <translation>
            <numerusform>Exécution annulée&#xa0;: %n enregistrement stocké</numerusform>
            <numerusform>Exécution annulée&#xa0;: %n enregistrements stockés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Run failed: %1</source>
        <translation>L&apos;exécution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run failed</source>
        <translation>L’exécution a échoué</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Paused — %n request(s) in flight finish and are stored</source>
        <translation>
            <numerusform>En pause — %n requête en cours se termine et est stockée</numerusform>
            <numerusform>En pause — %n requêtes en cours se terminent et sont stockées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping — storing the answers in flight</source>
        <translation>Arrêt — stockage des réponses en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting %1: %2</source>
        <translation>attente de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run paused · %1</source>
        <translation>Exécution en pause · %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) running · %1</source>
        <translation>
            <numerusform>%n tâche en cours · %1</numerusform>
            <numerusform>%n tâches en cours · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Key not stored</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The keychain did not store the key: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../widgets/generate/generatepage.h" line="+56"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
</context>
<context>
    <name>GenerationRun</name>
    <message>
        <location filename="../models/generation/generationrun.cpp" line="+93"/>
        <source>%1 does not honour structured output for %2; asking for plain JSON from now on</source>
        <translation>%1 ne respecte pas la sortie structurée pour %2&#xa0;; du JSON simple est demandé désormais</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a character of this project</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un personnage de ce projet</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the run has already started</source>
        <translation>l&apos;exécution a déjà commencé</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the job journal in %1 cannot be written: %2</source>
        <translation>le journal des tâches dans %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 / %2: giving up a job after %Ln attempt(s) (%3)</source>
        <translation>
            <numerusform>%1 / %2&#xa0;: abandon d&apos;une tâche après %Ln tentative (%3)</numerusform>
            <numerusform>%1 / %2&#xa0;: abandon d&apos;une tâche après %Ln tentatives (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+175"/>
        <source>records could not be stored in %1: %2</source>
        <translation>les enregistrements n&apos;ont pas pu être stockés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>the budget of %1 would be passed by the next request; stopping</source>
        <translation>la prochaine requête dépasserait le budget de %1&#xa0;; arrêt de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the server refused the API key (from $%1): %2</source>
        <translation>le serveur a refusé la clé d&apos;API (de $%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not know this model or path: %1</source>
        <translation>le serveur ne connaît pas ce modèle ou ce chemin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no usable record in the answer</source>
        <translation>aucun enregistrement utilisable dans la réponse</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 / %2: three jobs in a row ended without a record; this category is left for another run (last error: %3)</source>
        <translation>%1 / %2&#xa0;: trois tâches d&apos;affilée se sont terminées sans enregistrement&#xa0;; cette catégorie est laissée pour une autre exécution (dernière erreur&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../widgets/insights/heatmapwidget.cpp" line="+124"/>
        <source>Run the quality checks to see how alike the characters sound.</source>
        <translation>Lancez les contrôles de qualité pour voir à quel point les voix des personnages se ressemblent.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>distinct %1</source>
        <translation>distincts %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alike</source>
        <translation>%1 semblables</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ~ %2: %3</source>
        <translation>%1 ~ %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../models/dataset/importformat.cpp" line="+123"/>
        <source>message %1 (%2) has no text</source>
        <translation>le message %1 (%2) n&apos;a pas de texte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the conversation has no assistant reply</source>
        <translation>la conversation n&apos;a pas de réponse de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the conversation has no user message before the assistant&apos;s reply</source>
        <translation>la conversation n&apos;a aucun message de l&apos;utilisateur avant la réponse de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>message %1 is a tool call or its result: the studio keeps conversations of text only</source>
        <translation>le message %1 est un appel d&apos;outil ou son résultat&#xa0;: le studio ne garde que des conversations de texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 has the role &quot;%2&quot;: the studio reads system, user and assistant messages</source>
        <translation>le message %1 a le rôle «&#xa0;%2&#xa0;»&#xa0;: le studio lit les messages system, user et assistant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>message %1 is not an object</source>
        <translation>le message %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>message %1 has no &quot;%2&quot;</source>
        <translation>le message %1 n&apos;a pas de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+35"/>
        <source>message %1: &quot;%2&quot; is not text</source>
        <translation>message %1&#xa0;: &quot;%2&quot; n&apos;est pas du texte</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n system message(s) after the first left out</source>
        <translation>
            <numerusform>%n message système après le premier laissé de côté</numerusform>
            <numerusform>%n messages système après le premier laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) after the last reply left out</source>
        <translation>
            <numerusform>%n message après la dernière réponse laissé de côté</numerusform>
            <numerusform>%n messages après la dernière réponse laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>message %1 holds a part of type &quot;%2&quot; (an image, a sound or a file): the studio keeps conversations of text only</source>
        <translation>le message %1 contient une partie de type «&#xa0;%2&#xa0;» (une image, un son ou un fichier)&#xa0;: le studio ne garde que des conversations de texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1: &quot;weight&quot; must be 0 or 1</source>
        <translation>message %1&#xa0;: «&#xa0;weight&#xa0;» doit valoir 0 ou 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+675"/>
        <source>the conversation is empty</source>
        <translation>la conversation est vide</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>&quot;dialogue&quot; is not a JSON array of messages</source>
        <translation>&quot;dialogue&quot; n&apos;est pas un tableau JSON de messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dialogue&quot; is not a list of messages</source>
        <translation>&quot;dialogue&quot; n&apos;est pas une liste de messages</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the reply has no text</source>
        <translation>la réponse n&apos;a pas de texte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the record has no user message (&quot;input&quot; is empty)</source>
        <translation>l&apos;enregistrement n&apos;a pas de message de l&apos;utilisateur («&#xa0;input&#xa0;» est vide)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>not a record: no &quot;messages&quot;, &quot;conversations&quot;, &quot;output&quot;, &quot;response&quot;, &quot;text&quot; or &quot;prompt&quot; and &quot;completion&quot; keys</source>
        <translation>pas un enregistrement&#xa0;: ni clé «&#xa0;messages&#xa0;», «&#xa0;conversations&#xa0;», «&#xa0;output&#xa0;», «&#xa0;response&#xa0;» ou «&#xa0;text&#xa0;», ni les clés «&#xa0;prompt&#xa0;» et «&#xa0;completion&#xa0;»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;instruction&quot; and &quot;input&quot; are both empty</source>
        <translation>&quot;instruction&quot; et &quot;input&quot; sont tous deux vides</translation>
    </message>
    <message>
        <location line="+549"/>
        <source>the line carries &quot;%1&quot;: the messages speak of them, and the studio keeps conversations of text only</source>
        <translation>la ligne porte «&#xa0;%1&#xa0;»&#xa0;: les messages en parlent, et le studio ne garde que des conversations de texte</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>«&#xa0;%1&#xa0;» manque ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the line has no request: &quot;instruction&quot;, &quot;prompt&quot;, &quot;query&quot; or &quot;question&quot; is missing or empty</source>
        <translation>la ligne n&apos;a pas de demande&#xa0;: «&#xa0;instruction&#xa0;», «&#xa0;prompt&#xa0;», «&#xa0;query&#xa0;» ou «&#xa0;question&#xa0;» manque ou est vide</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the tools offered (&quot;tools&quot;) left out</source>
        <translation>les outils proposés («&#xa0;tools&#xa0;») laissés de côté</translation>
    </message>
    <message>
        <location line="-518"/>
        <location line="+449"/>
        <source>&quot;output&quot; is empty</source>
        <translation>&quot;output&quot; est vide</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+491"/>
        <source>&quot;output&quot; is missing or not text</source>
        <translation>&quot;output&quot; est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>no persona: the line names none (metadata.character, metadata.persona or persona) and no &quot;You are NAME&quot; system message was found</source>
        <translation>aucun personnage&#xa0;: la ligne n&apos;en nomme aucun (metadata.character, metadata.persona ou persona) et aucun message système &quot;You are NAME&quot; n&apos;a été trouvé</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&quot;%1&quot; has no reply: text, or a list with an assistant message</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de réponse&#xa0;: un texte, ou une liste avec un message de l’assistant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;prompt&quot; is missing: a preference pair needs the message the replies answer</source>
        <translation>«&#xa0;prompt&#xa0;» manque&#xa0;: une paire de préférence a besoin du message auquel les réponses répondent</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;completion&quot; is empty</source>
        <translation>«&#xa0;completion&#xa0;» est vide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;prompt&quot; and &quot;completion&quot; must both be text or both lists of messages</source>
        <translation>«&#xa0;prompt&#xa0;» et «&#xa0;completion&#xa0;» doivent être tous deux du texte ou tous deux des listes de messages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;text&quot; is not a conversation in a chat template the studio reads (ChatML, Llama 3, Gemma, Mistral [INST], Alpaca&apos;s ### Instruction / ### Response, Human: / Assistant: transcripts)</source>
        <translation>«&#xa0;text&#xa0;» n&apos;est pas une conversation dans un modèle de chat que le studio sait lire (ChatML, Llama 3, Gemma, Mistral [INST], ### Instruction / ### Response d&apos;Alpaca, transcriptions Human: / Assistant:)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;conversations&quot; is not a list</source>
        <translation>&quot;conversations&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;messages&quot; is not a list</source>
        <translation>&quot;messages&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;input&quot; and &quot;output&quot; must be text</source>
        <translation>&quot;input&quot; et &quot;output&quot; doivent être du texte</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+540"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a usable record</source>
        <translation>enregistrement inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line too long</source>
        <translation>ligne trop longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in part</source>
        <translation>gardé en partie</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location line="+92"/>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, read as one JSON array</source>
        <translation>, lu comme un seul tableau JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read as JSON objects one after another</source>
        <translation>, lu comme des objets JSON à la suite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 already imported before</source>
        <translation>, %1 déjà importées auparavant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 changed since an earlier import (the earlier records kept beside)</source>
        <translation>, %1 modifiées depuis un import précédent (les enregistrements précédents gardés à côté)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 stored with a part left out</source>
        <translation>, %1 stockés avec une partie laissée de côté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped there, the records before kept: %1</source>
        <translation>arrêté là, les enregistrements précédents sont conservés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %Ln record(s):</source>
        <translation>
            <numerusform>%Ln enregistrement importé&#xa0;:</numerusform>
            <numerusform>%Ln enregistrements importés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Skipped %Ln record(s):</source>
        <translation>
            <numerusform>%Ln enregistrement ignoré&#xa0;:</numerusform>
            <numerusform>%Ln enregistrements ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped %Ln line(s):</source>
        <translation>
            <numerusform>%Ln ligne ignorée&#xa0;:</numerusform>
            <numerusform>%Ln lignes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>… %1 more</source>
        <translation>… %1 de plus</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (record %2)</source>
        <translation>%1 (enregistrement %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln other reason(s)</source>
        <translation>
            <numerusform>%Ln autre motif</numerusform>
            <numerusform>%Ln autres motifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %Ln line(s), %2 imported, %3 skipped, %4 blank</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne, %2 importées, %3 ignorées, %4 vides</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes, %2 importées, %3 ignorées, %4 vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>… %Ln more persona(s), %1</source>
        <translation>
            <numerusform>… %Ln persona de plus, %1</numerusform>
            <numerusform>… %Ln personas de plus, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Stored with a part of their line left out, %Ln record(s):</source>
        <translation>
            <numerusform>Stocké avec une partie de sa ligne laissée de côté, %Ln enregistrement&#xa0;:</numerusform>
            <numerusform>Stockés avec une partie de leur ligne laissée de côté, %Ln enregistrements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matched to a character by part of its name: %1</source>
        <translation>Attribués à un personnage par une partie de son nom&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln de plus</numerusform>
            <numerusform>… %Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas without a character sheet in the project: %1</source>
        <translation>Personnages sans fiche de personnage dans le projet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was stopped before the end; the chunks stored so far are kept.</source>
        <translation>L&apos;importation a été arrêtée avant la fin&#xa0;; les blocs stockés jusqu&apos;ici sont conservés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records are stored, but their indexes could not be built again (%1): the studio builds them the next time it opens the project.</source>
        <translation>Les enregistrements sont stockés, mais leurs index n’ont pas pu être reconstruits (%1) : le studio les reconstruit à la prochaine ouverture du projet.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../widgets/review/importsummarydialog.cpp" line="+24"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+170"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="-90"/>
        <location filename="../models/dataset/importer.cpp" line="-518"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 non valide à l&apos;octet %1</translation>
    </message>
    <message>
        <location filename="../models/dataset/jsonarrayreader.cpp" line="+29"/>
        <source>%1 (record %2 in the file)</source>
        <translation>%1 (enregistrement %2 du fichier)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not valid JSON: a comma without a record before it; the rest of the file is not read</source>
        <translation>JSON non valide&#xa0;: une virgule sans enregistrement avant elle&#xa0;; la suite du fichier n&apos;est pas lue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: a record (&apos;{&apos;) expected after record %1 (line %2); the rest of the file is not read</source>
        <translation>JSON non valide&#xa0;: un enregistrement (&apos;{&apos;) attendu après l’enregistrement %1 (ligne %2)&#xa0;; le reste du fichier n’est pas lu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON: a comma or &apos;]&apos; expected after record %1 of the array (line %2); the rest of the file is not read</source>
        <translation>JSON non valide&#xa0;: une virgule ou «&#xa0;]&#xa0;» attendue après l&apos;enregistrement %1 du tableau (ligne %2)&#xa0;; la suite du fichier n&apos;est pas lue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON: text after the array&apos;s closing &apos;]&apos;, not read</source>
        <translation>JSON non valide&#xa0;: du texte après le «&#xa0;]&#xa0;» qui ferme le tableau, non lu</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record longer than %1 MB, skipped</source>
        <translation>enregistrement de plus de %1 Mo, ignoré</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+14"/>
        <source>not valid JSON: the file ends before the array&apos;s closing &apos;]&apos;</source>
        <translation>JSON non valide&#xa0;: le fichier se termine avant le «&#xa0;]&#xa0;» qui ferme le tableau</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>not valid JSON: the file ends inside this record</source>
        <translation>JSON non valide&#xa0;: le fichier se termine au milieu de cet enregistrement</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="+11"/>
        <location filename="../models/dataset/importer.cpp" line="+38"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+9"/>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../models/dataset/chatlogreader.cpp" line="-4"/>
        <location filename="../models/dataset/importer.cpp" line="+5"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>JSON non valide&#xa0;: %1 à la colonne %2</translation>
    </message>
    <message>
        <location filename="../models/dataset/importer.cpp" line="+583"/>
        <source>storing records in %1 failed: %2</source>
        <translation>le stockage des enregistrements dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>reading failed after line %1: %2</source>
        <translation>la lecture a échoué après la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-765"/>
        <location line="+35"/>
        <source>line longer than %1 MB, skipped</source>
        <translation>ligne de plus de %1 Mo, ignorée</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../widgets/insights/insightspage.h" line="+35"/>
        <source>&amp;Insights</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <location filename="../widgets/insights/insightspage.cpp" line="+269"/>
        <source>Run &amp;quality checks</source>
        <translation>Contrôler la &amp;qualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check every record for tics, duplicates, refusals and voice distinctness, and flag them for review</source>
        <translation>Rechercher dans chaque enregistrement les tics, doublons, refus et voix trop proches, et les signaler pour la relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Chart</source>
        <translation>E&amp;xporter le graphique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As &amp;PNG…</source>
        <translation>En &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;SVG…</source>
        <translation>En &amp;SVG…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Over Time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+70"/>
        <source>No quality checks yet — press Run quality checks.</source>
        <translation>Aucun contrôle de qualité pour l&apos;instant — appuyez sur Contrôler la qualité.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Sounds like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canon</source>
        <translation>Canon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The quality checks failed: %1</source>
        <translation>Les contrôles de qualité ont échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reading records</source>
        <translation>Lecture des enregistrements</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No records yet — open Generate to start a run, or import a dataset.</source>
        <translation>Aucun enregistrement pour l&apos;instant — ouvrez Générer pour lancer une exécution, ou importez un jeu de données.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored, %1 accepted.</source>
        <translation>
            <numerusform>%Ln enregistrement stocké&#xa0;; acceptés&#xa0;: %1.</numerusform>
            <numerusform>%Ln enregistrements stockés&#xa0;; acceptés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored, all imported, %1 accepted.</source>
        <translation>
            <numerusform>%Ln enregistrement stocké, importé&#xa0;; acceptés&#xa0;: %1.</numerusform>
            <numerusform>%Ln enregistrements stockés, tous importés&#xa0;; acceptés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored (%1 generated, %2 imported), %3 accepted.</source>
        <translation>
            <numerusform>%Ln enregistrement stocké (%1 générés, %2 importés)&#xa0;; acceptés&#xa0;: %3.</numerusform>
            <numerusform>%Ln enregistrements stockés (%1 générés, %2 importés)&#xa0;; acceptés&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no sheet</source>
        <translation>sans fiche</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>The chart shows %1 of %2: the planned characters, then those with the most records; %Ln other(s) with %3 are left out.</source>
        <translation>
            <numerusform>Le graphique en montre %1 sur %2&#xa0;: les personnages planifiés, puis ceux qui ont le plus d&apos;enregistrements&#xa0;; %Ln autre, avec %3, est laissé de côté.</numerusform>
            <numerusform>Le graphique en montre %1 sur %2&#xa0;: les personnages planifiés, puis ceux qui ont le plus d&apos;enregistrements&#xa0;; %Ln autres, avec %3, sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, not accepted</source>
        <translation>%1, non acceptés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select a character in the list to see its records.</source>
        <translation>Sélectionnez un personnage dans la liste pour voir ses enregistrements.</translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>%Ln record(s) checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. Double-click a row to review that character.</source>
        <translation>
            <numerusform>%Ln enregistrement vérifié en %1 s. Groupes de quasi-doublons&#xa0;: %2 (%3 entre personnages différents). Noms absents de toute fiche&#xa0;: %4. Double-cliquez sur une ligne pour relire ce personnage.</numerusform>
            <numerusform>%Ln enregistrements vérifiés en %1 s. Groupes de quasi-doublons&#xa0;: %2 (%3 entre personnages différents). Noms absents de toute fiche&#xa0;: %4. Double-cliquez sur une ligne pour relire ce personnage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-523"/>
        <location line="+353"/>
        <location line="+6"/>
        <location line="+92"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Records by category</source>
        <translation>Enregistrements par catégorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreviewed</source>
        <translation>non relus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>acceptés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Records per character: solid accepted, light not reviewed yet, grey rejected, ◆ target</source>
        <translation>Enregistrements par personnage&#xa0;: plein, acceptés&#xa0;; clair, pas encore relus&#xa0;; gris, rejetés&#xa0;; ◆ objectif</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n record(s); generation tokens %2 prompt + %3 completion; cost %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n enregistrement&#xa0;; tokens de génération&#xa0;: %2 de prompt + %3 de réponse&#xa0;; coût&#xa0;: %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n enregistrements&#xa0;; tokens de génération&#xa0;: %2 de prompt + %3 de réponse&#xa0;; coût&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Records by review status</source>
        <translation>Enregistrements par statut de relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply length (tokens)</source>
        <translation>Longueur de la réponse (tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User messages</source>
        <translation>Messages de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User message length (tokens)</source>
        <translation>Longueur du message de l&apos;utilisateur (tokens)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cumulative cost (USD)</source>
        <translation>Coût cumulé (USD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Voice distinctness</source>
        <translation>Distinction des voix</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Distinctness</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Records generated per minute</source>
        <translation>Enregistrements générés par minute</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>% of replies told apart</source>
        <translation>% de réponses distinguées</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replies that name someone or something of the character&apos;s sheet (its canon)</source>
        <translation>Réponses qui nomment quelqu’un ou quelque chose de la fiche du personnage (son canon)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice distinctness compares the %1 personas with the most records, of %2.</source>
        <translation>La distinction des voix compare les %1 personas qui ont le plus d&apos;enregistrements, sur %2.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <location filename="../models/util/issue.cpp" line="+10"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
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
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retrying: %1, waiting %2 s</source>
        <translation>nouvel essai&#xa0;: %1, attente de %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>échouée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request timed out</source>
        <translation>la requête a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unusable answer</source>
        <translation>réponse inutilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>structured output refused</source>
        <translation>sortie structurée refusée</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../widgets/main/languagedialog.cpp" line="+40"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies the next time Persona Studio starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Persona Studio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L&amp;anguage…</source>
        <translation>Lang&amp;ue…</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load Project</source>
        <translation>Re&amp;charger le projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Records…</source>
        <translation>&amp;Importer des enregistrements…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text) into this project</source>
        <translation>Importer des enregistrements JSONL ou des tableaux JSON (Persona Studio, chat OpenAI, ShareGPT, Alpaca, instruction/réponse, prompt/completion, texte au format de chat) dans ce projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export &amp;Again</source>
        <translation>Exporter à nou&amp;veau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+377"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+368"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Filter Characters</source>
        <translation>&amp;Filtrer les personnages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character &amp;List</source>
        <translation>&amp;Liste des personnages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Character</source>
        <translation>&amp;Personnage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Persona Studio</source>
        <translation>À &amp;propos de Persona Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h1&gt;Persona Studio&lt;/h1&gt;&lt;p&gt;Build fine-tuning datasets of character voices.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Persona Studio&lt;/h1&gt;&lt;p&gt;Créez des jeux de données de fine-tuning pour les voix de vos personnages.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new project, or open a project folder: one with studio.json, or just a folder of character_*.md sheets.</source>
        <translation>Commencez un nouveau projet, ou ouvrez un dossier de projet&#xa0;: un dossier avec studio.json, ou simplement un dossier de fiches character_*.md.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter characters (Ctrl+K)</source>
        <translation>Filtrer les personnages (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Created studio.json for the %n sheet(s) in this folder</source>
        <translation>
            <numerusform>studio.json créé pour %n fiche de ce dossier</numerusform>
            <numerusform>studio.json créé pour les %n fiches de ce dossier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not create studio.json: %1</source>
        <translation>Impossible de créer studio.json&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1[*] — Persona Studio</source>
        <translation>%1[*] — Persona Studio</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Undo Typing</source>
        <translation>&amp;Annuler la saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo Typing</source>
        <translation>&amp;Rétablir la saisie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An import is running: drop the files again when it is done.</source>
        <translation>Une importation est en cours&#xa0;: déposez les fichiers à nouveau quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Open Project Folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Project: Choose or Create Its Folder</source>
        <translation>Nouveau projet&#xa0;: choisissez ou créez son dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 already holds a project. Open it?</source>
        <translation>%1 contient déjà un projet. L’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The film, book or game the characters come from (prompts name it):</source>
        <translation>Le film, le livre ou le jeu d’où viennent les personnages (les prompts le nomment)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project cannot be started: %1</source>
        <translation>Le projet ne peut pas être commencé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New project: add its characters with Character ▸ New Character (Ctrl+N).</source>
        <translation>Nouveau projet&#xa0;: ajoutez ses personnages avec Personnage ▸ Nouveau personnage (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n personnage</numerusform>
            <numerusform>%1 · %n personnages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 / %Ln record(s)</source>
        <translation>
            <numerusform>%1 / %Ln enregistrement</numerusform>
            <numerusform>%1 / %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Persona Studio</source>
        <translation>À propos de Persona Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Persona Studio %1&lt;/h3&gt;&lt;p&gt;Build fine-tuning datasets of character voices with an LLM.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Persona Studio %1&lt;/h3&gt;&lt;p&gt;Créez des jeux de données de fine-tuning pour les voix de vos personnages avec un LLM.&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Third-party software and data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — LGPL 3.0 (The Qt Company and contributors)&lt;/li&gt;&lt;li&gt;md4c — MIT licence (Martin Mitáš)&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-clause licence (Frank Osterfeld and contributors), where available&lt;/li&gt;&lt;li&gt;o200k_base and cl100k_base merge ranks from js-tiktoken — MIT licence (© 2022 OpenAI, Shantanu Jain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Logiciels et données tiers&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — LGPL 3.0 (The Qt Company et contributeurs)&lt;/li&gt;&lt;li&gt;md4c — licence MIT (Martin Mitáš)&lt;/li&gt;&lt;li&gt;SQLite — domaine public&lt;/li&gt;&lt;li&gt;QtKeychain — licence BSD à 3 clauses (Frank Osterfeld et contributeurs), si disponible&lt;/li&gt;&lt;li&gt;Rangs de fusion o200k_base et cl100k_base issus de js-tiktoken — licence MIT (© 2022 OpenAI, Shantanu Jain)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unsaved sheets</source>
        <translation>Fiches non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some sheets could not be saved (see the bar above the editor). Quit anyway and lose those changes?</source>
        <translation>Certaines fiches n&apos;ont pas pu être enregistrées (voir la barre au-dessus de l&apos;éditeur). Quitter quand même et perdre ces modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PersonaChooserDialog</name>
    <message>
        <location filename="../widgets/review/personachooserdialog.cpp" line="+27"/>
        <source>Create Characters</source>
        <translation>Créer des personnages</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln enregistrement</numerusform>
            <numerusform>%1 — %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personas without a character sheet</source>
        <translation>Personas sans fiche de personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter names</source>
        <translation>Filtrer les noms</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The import found %Ln persona(s) without a character sheet. Check the ones to create a sheet for (Space checks the current row); Edit ▸ Undo removes them again.</source>
        <translation>
            <numerusform>L&apos;import a trouvé %Ln persona sans fiche de personnage. Cochez celles pour lesquelles créer une fiche (Espace coche la ligne courante)&#xa0;; Édition ▸ Annuler les retire.</numerusform>
            <numerusform>L&apos;import a trouvé %Ln personas sans fiche de personnage. Cochez celles pour lesquelles créer une fiche (Espace coche la ligne courante)&#xa0;; Édition ▸ Annuler les retire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;All Shown</source>
        <translation>Cocher &amp;toutes les visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;None</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Créer %Ln personnage</numerusform>
            <numerusform>Créer %Ln personnages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../widgets/plan/planpage.cpp" line="+72"/>
        <source>Records asked for in one request</source>
        <translation>Enregistrements demandés en une seule requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Taille de lot&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tier / character</source>
        <translation>Niveau / personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records each</source>
        <translation>Enregistrements chacun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split over categories</source>
        <translation>Répartition par catégorie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add Tier…</source>
        <translation>&amp;Ajouter un niveau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name Tier…</source>
        <translation>Re&amp;nommer le niveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tier</source>
        <translation>&amp;Retirer le niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move Tier &amp;Up</source>
        <translation>&amp;Monter le niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move Tier Do&amp;wn</source>
        <translation>&amp;Descendre le niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To Tier &amp;Above</source>
        <translation>Vers le niveau &amp;supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To Tier &amp;Below</source>
        <translation>Vers le niveau &amp;inférieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Tier&apos;s &amp;Count</source>
        <translation>&amp;Utiliser le nombre du niveau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag characters between tiers, or select one and press Ctrl+Up / Ctrl+Down. A character&apos;s own count overrides its tier&apos;s (shown in bold).</source>
        <translation>Faites glisser les personnages d&apos;un niveau à l&apos;autre, ou sélectionnez-en un et appuyez sur Ctrl+Haut / Ctrl+Bas. Le nombre propre à un personnage remplace celui de son niveau (affiché en gras).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Records per character in tier %1</source>
        <translation>Enregistrements par personnage dans le niveau %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records for %1</source>
        <translation>Enregistrements pour %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (tier: %2)</source>
        <translation>%1 (niveau&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to generate</source>
        <translation>rien à générer</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — %n character(s)</source>
        <translation>
            <numerusform>%1 — %n personnage</numerusform>
            <numerusform>%1 — %n personnages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimating tokens and cost…</source>
        <translation>Estimation des tokens et du coût…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No estimate: %1</source>
        <translation>Pas d&apos;estimation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to generate: %1 in %2 of up to %3 · about %4 prompt + %5 completion tokens · %6 with %7</source>
        <translation>Reste à générer&#xa0;: %1 en %2 de %3 au plus · environ %4 tokens de prompt + %5 de réponse · %6 avec %7</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+25"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%1 in the plan for %n character(s)</source>
        <translation>
            <numerusform>%1 dans le plan pour %n personnage</numerusform>
            <numerusform>%1 dans le plan pour %n personnages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no price known for the model</source>
        <translation>prix du modèle inconnu</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+4"/>
        <source>Add Tier</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the new tier:</source>
        <translation>Nom du nouveau niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>There is already a tier called %1.</source>
        <translation>Il existe déjà un niveau nommé %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Rename Tier</source>
        <translation>Renommer le niveau</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New name for the %1 tier:</source>
        <translation>Nouveau nom pour le niveau %1&#xa0;:</translation>
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
        <translation>%1 devrait être une liste de catégories&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a category in %1 has no name; it was ignored</source>
        <translation>une catégorie de %1 n&apos;a pas de nom&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names the category %2 twice; the second was ignored</source>
        <translation>Dans %1, la catégorie %2 apparaît deux fois&#xa0;; la seconde a été ignorée</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+12"/>
        <source>%1 cannot be created</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 already holds a project (studio.json)</source>
        <translation>%1 contient déjà un projet (studio.json)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder; a project is a folder with studio.json or character_*.md sheets</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;; un projet est un dossier contenant studio.json ou des fiches character_*.md</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: la racine doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is format version %2, newer than this version of the studio reads (%3); update the studio</source>
        <translation>%1 est au format version %2, plus récent que celui que lit cette version de Persona Studio (%3)&#xa0;; mettez Persona Studio à jour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sheets_dir &quot;%1&quot; points outside the project; &quot;rag-resources&quot; is used instead</source>
        <translation>sheets_dir &quot;%1&quot; pointe hors du projet&#xa0;; &quot;rag-resources&quot; est utilisé à la place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheets_dir &quot;%1&quot; is not a folder name; &quot;rag-resources&quot; is used instead</source>
        <translation>sheets_dir &quot;%1&quot; n&apos;est pas un nom de dossier&#xa0;; &quot;rag-resources&quot; est utilisé à la place</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a character without a name was ignored</source>
        <translation>un personnage sans nom a été ignoré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet of %1, &quot;%2&quot;, is not a file name inside the sheets folder; it was not read</source>
        <translation>la fiche de %1, «&#xa0;%2&#xa0;», n&apos;est pas un nom de fichier du dossier des fiches&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice; the second entry was ignored</source>
        <translation>%1 figure deux fois&#xa0;; la seconde entrée a été ignorée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a tier without a name was ignored</source>
        <translation>un niveau sans nom a été ignoré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>categories.common</source>
        <translation>categories.common</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the categories of %1</source>
        <translation>les catégories de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no studio.json and no character_*.md sheets (in the folder or in rag-resources/)</source>
        <translation>%1 n&apos;a ni studio.json ni fiches character_*.md (dans le dossier ou dans rag-resources/)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sheets folder does not exist</source>
        <translation>le dossier des fiches n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sheet of %1 is missing</source>
        <translation>la fiche de %1 est introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet is headed &quot;%1&quot; but the project calls the character &quot;%2&quot;</source>
        <translation>la fiche est intitulée «&#xa0;%1&#xa0;» mais le projet nomme le personnage «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>another sheet already defines %1; this one was ignored</source>
        <translation>une autre fiche définit déjà %1&#xa0;; celle-ci a été ignorée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in studio.json yet; added to the &quot;%2&quot; tier</source>
        <translation>%1 n&apos;est pas encore dans studio.json&#xa0;; ajouté au niveau «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tier &quot;%1&quot; names %2, who has no sheet in the project</source>
        <translation>le niveau «&#xa0;%1&#xa0;» nomme %2, qui n&apos;a pas de fiche dans le projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in more than one tier; only the first counts</source>
        <translation>%1 est dans plusieurs niveaux&#xa0;; seul le premier compte</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+6"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../widgets/document/projectdocument.cpp" line="+207"/>
        <source>Use the tier&apos;s count for %1</source>
        <translation>Utiliser le nombre du niveau pour %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reorder %1</source>
        <translation>Réordonner %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add tier %1</source>
        <translation>Ajouter le niveau %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename tier %1 to %2</source>
        <translation>Renommer le niveau %1 en %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove tier %1</source>
        <translation>Retirer le niveau %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move tier %1</source>
        <translation>Déplacer le niveau %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit common categories</source>
        <translation>Modifier les catégories communes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the categories of %1</source>
        <translation>Modifier les catégories de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set batch size to %1</source>
        <translation>Fixer la taille de lot à %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+80"/>
        <source>A character needs a name.</source>
        <translation>Un personnage doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+80"/>
        <source>%1 is already in the project.</source>
        <translation>%1 est déjà dans le projet.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+39"/>
        <location line="+40"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>New character %1</source>
        <translation>Nouveau personnage %1</translation>
    </message>
    <message numerus="yes">
        <location line="-208"/>
        <source>Set %1 tier to %Ln record(s)</source>
        <translation>
            <numerusform>Fixer le niveau %1 à %Ln enregistrement</numerusform>
            <numerusform>Fixer le niveau %1 à %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Set %1 to %Ln record(s)</source>
        <translation>
            <numerusform>Fixer %1 à %Ln enregistrement</numerusform>
            <numerusform>Fixer %1 à %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+260"/>
        <location line="+36"/>
        <location line="+58"/>
        <source>%1 is not in the project.</source>
        <translation>%1 n&apos;est pas dans le projet.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 Copy</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Copy %2</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The records of %1 could not be renamed: %2</source>
        <translation>Les enregistrements de %1 n&apos;ont pas pu être renommés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change Provider Settings</source>
        <translation>Modifier les réglages du fournisseur</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Change Reject Reasons</source>
        <translation>Modifier les motifs de rejet</translation>
    </message>
</context>
<context>
    <name>ProjectFolder</name>
    <message>
        <location filename="../models/project/projectfolder.cpp" line="+11"/>
        <source>the project folder %1 does not exist</source>
        <translation>le dossier du projet %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a symbolic link to %2, outside the project folder; the studio neither reads nor writes through it</source>
        <translation>%1 est un lien symbolique vers %2, hors du dossier du projet&#xa0;; le studio ne lit ni n&apos;écrit à travers lui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside the project folder %2 (through a symbolic link); the studio neither reads nor writes it</source>
        <translation>%1 est hors du dossier du projet %2 (par un lien symbolique)&#xa0;; le studio ne le lit ni ne l&apos;écrit</translation>
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
        <translation>Ollama (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llama.cpp server (this computer)</source>
        <translation>Serveur llama.cpp (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vLLM (this computer)</source>
        <translation>vLLM (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LM Studio (this computer)</source>
        <translation>LM Studio (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider Settings</source>
        <translation>Réglages du fournisseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OpenAI-compatible endpoint, up to and including /v1. Plain http:// only for this computer.</source>
        <translation>Le point de terminaison compatible OpenAI, jusqu&apos;à /v1 inclus. http:// simple uniquement pour cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List Models</source>
        <translation>&amp;Lister les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the endpoint which models it serves (GET /models)</source>
        <translation>Demander au point de terminaison quels modèles il propose (GET /models)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stored in the keychain — type to replace</source>
        <translation>enregistrée dans le trousseau — tapez pour la remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stored</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or &amp;environment variable:</source>
        <translation>…ou variable d&apos;&amp;environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is kept in the desktop keychain, never in the project folder. Without one, the variable above is read.</source>
        <translation>La clé est conservée dans le trousseau du bureau, jamais dans le dossier du projet. Sans clé enregistrée, la variable ci-dessus est lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build stores no keys: the key is read from the environment variable above.</source>
        <translation>Cette version n&apos;enregistre pas de clés&#xa0;: la clé est lue dans la variable d&apos;environnement ci-dessus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests in flight at once; the run lowers it by itself when the server pushes back.</source>
        <translation>Requêtes en cours simultanément&#xa0;; l&apos;exécution réduit cette valeur d&apos;elle-même quand le serveur freine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Simultanéité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> records per request</source>
        <translation> enregistrements par requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Taille de lot&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;output</source>
        <translation>s&amp;ortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rice per million tokens:</source>
        <translation>P&amp;rix par million de tokens&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test Connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The endpoint refused the key for its model list (%1): check the key below.</source>
        <translation>Le point de terminaison a refusé la clé pour sa liste de modèles (%1)&#xa0;: vérifiez la clé ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model list from this endpoint (%1); type the model&apos;s name.</source>
        <translation>Ce point de terminaison ne fournit pas de liste de modèles (%1)&#xa0;; tapez le nom du modèle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The endpoint lists no models; type the model&apos;s name.</source>
        <translation>Le point de terminaison ne liste aucun modèle&#xa0;; tapez le nom du modèle.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) offered by the endpoint.</source>
        <translation>
            <numerusform>%n modèle proposé par le point de terminaison.</numerusform>
            <numerusform>%n modèles proposés par le point de terminaison.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The endpoint works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le point de terminaison fonctionne.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;The endpoint does not work yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le point de terminaison ne fonctionne pas encore.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
</context>
<context>
    <name>QualityAnalyzer</name>
    <message>
        <location filename="../models/quality/qualityanalyzer.cpp" line="+86"/>
        <source>Checking replies</source>
        <translation>Vérification des réponses</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finding near-duplicates</source>
        <translation>Recherche des quasi-doublons</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting phrases</source>
        <translation>Décompte des expressions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measuring voice distinctness</source>
        <translation>Mesure de la distinction des voix</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+70"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Reading records</source>
        <translation>Lecture des enregistrements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing flags</source>
        <translation>Écriture des signalements</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../widgets/review/recordview.cpp" line="+54"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited reply</source>
        <translation>Réponse modifiée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing the reply — &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves, &lt;b&gt;Esc&lt;/b&gt; leaves it unchanged. The generated text is kept and shown next to the edit.</source>
        <translation>Modification de la réponse — &lt;b&gt;Ctrl+Entrée&lt;/b&gt; enregistre, &lt;b&gt;Échap&lt;/b&gt; la laisse inchangée. Le texte généré est conservé et affiché à côté de la modification.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported from %1</source>
        <translation>importé de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>généré</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (weight 0: not trained on)</source>
        <translation>%1 (weight 0&#xa0;: pas utilisé pour l’entraînement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited: removed words are struck through, added words underlined. Export uses the edited text.</source>
        <translation>Modifié&#xa0;: les mots supprimés sont barrés, les mots ajoutés soulignés. L&apos;exportation utilise le texte modifié.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../models/generation/responseparser.cpp" line="+155"/>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the answer&apos;s JSON could not be read (cut off or malformed)</source>
        <translation>le JSON de la réponse est illisible (tronqué ou mal formé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer contains no JSON</source>
        <translation>la réponse ne contient pas de JSON</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../models/dataset/reviewmodel.cpp" line="+438"/>
        <source>Unreviewed</source>
        <translation>Non relu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record&apos;s number in studio.db</source>
        <translation>Le numéro de l&apos;enregistrement dans studio.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user message the character answers (the last one in a conversation)</source>
        <translation>Le message de l&apos;utilisateur auquel le personnage répond (le dernier dans une conversation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character&apos;s reply (the edited one where there is an edit)</source>
        <translation>La réponse du personnage (celle modifiée s&apos;il y a une modification)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Relu le</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../widgets/review/reviewpage.cpp" line="+87"/>
        <location line="+358"/>
        <source>All characters</source>
        <translation>Tous les personnages</translation>
    </message>
    <message>
        <location line="-357"/>
        <location line="+362"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreviewed</source>
        <translation>Non relus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Générés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+360"/>
        <source>Any flag</source>
        <translation>Tous les signalements</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Character filter</source>
        <translation>Filtre de personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag filter</source>
        <translation>Filtre de signalement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search text</source>
        <translation>Rechercher du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search records</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search Records</source>
        <translation>Rechercher dans les enregistrements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bulk</source>
        <translation>Par &amp;lot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept Selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject Selected…</source>
        <translation>Rejeter la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Selected to Unreviewed</source>
        <translation>Remettre la sélection à Non relu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept All Matching the Filter…</source>
        <translation>Accepter tout ce qui correspond au filtre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject All Matching the Filter…</source>
        <translation>Rejeter tout ce qui correspond au filtre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset All Matching the Filter…</source>
        <translation>Réinitialiser tout ce qui correspond au filtre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top Up Rejected…</source>
        <translation>Remplacer les rejetés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Imported Records…</source>
        <translation>Retirer des enregistrements importés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Reject Reasons…</source>
        <translation>Modifier les motifs de rejet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer Name…</source>
        <translation>Nom du relecteur…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The edit is saved when the decision on many records is stored.</source>
        <translation>La modification sera enregistrée une fois la décision sur de nombreux enregistrements stockée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Spot-Check Panel</source>
        <translation>Panneau de &amp;contrôle par échantillon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name recorded with your decisions; click it to change it</source>
        <translation>Le nom enregistré avec vos décisions&#xa0;; cliquez dessus pour le changer</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1 has no records yet.</source>
        <translation>%1 n’a encore aucun enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all records</source>
        <translation>Afficher tous les enregistrements</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Spot-check:</source>
        <translation>Contrôle par échantillon&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+25"/>
        <source>Spot-Check</source>
        <translation>Contrôle par échantillon</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The spot-check cannot be kept in %1 (%2): it ends when the project closes.</source>
        <translation>Le contrôle par échantillon ne peut pas être conservé dans %1 (%2)&#xa0;: il prend fin à la fermeture du projet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The end of the spot-check cannot be kept in %1 (%2): it will go on when the project opens again.</source>
        <translation>La fin du contrôle par échantillon ne peut pas être conservée dans %1 (%2)&#xa0;: il reprendra à la prochaine ouverture du projet.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+56"/>
        <location line="+457"/>
        <source>Remove Imported Records</source>
        <translation>Retirer des enregistrements importés</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>The imported records cannot be read: %1</source>
        <translation>Les enregistrements importés ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No records of this project were imported from a file.</source>
        <translation>Aucun enregistrement de ce projet n&apos;a été importé d&apos;un fichier.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln enregistrement</numerusform>
            <numerusform>%1 — %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the records imported from:</source>
        <translation>Retirer les enregistrements importés de&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the %Ln record(s) imported from %1?</source>
        <translation>
            <numerusform>Retirer %Ln enregistrement importé de %1&#xa0;?</numerusform>
            <numerusform>Retirer les %Ln enregistrements importés de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them have a review decision, which goes with them.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux a une décision de relecture, qui part avec lui.</numerusform>
            <numerusform>%Ln d&apos;entre eux ont une décision de relecture, qui part avec eux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removing %Ln record(s) imported from %1…</source>
        <translation>
            <numerusform>Retrait de %Ln enregistrement importé de %1…</numerusform>
            <numerusform>Retrait de %Ln enregistrements importés de %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+457"/>
        <source>The records imported from %1 could not be removed: %2</source>
        <translation>Les enregistrements importés de %1 n&apos;ont pas pu être retirés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-334"/>
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln enregistrement ignoré</numerusform>
            <numerusform>%Ln enregistrements ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import stopped. %1 Importing the same files again adds only the lines not stored yet.</source>
        <translation>Importation arrêtée. %1 Importer à nouveau les mêmes fichiers n’ajoute que les lignes pas encore stockées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was imported only in part: %2.</source>
        <translation>%1 n&apos;a été importé qu&apos;en partie&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not imported: %2.</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) name no character (no persona, no “You are NAME” system message): Import as Character… stores them as the one you choose.</source>
        <translation>
            <numerusform>%Ln ligne ne nomme aucun personnage (ni persona, ni message système «&#xa0;You are NAME&#xa0;»)&#xa0;: Importer comme personnage… la stocke comme celui que vous choisissez.</numerusform>
            <numerusform>%Ln lignes ne nomment aucun personnage (ni persona, ni message système «&#xa0;You are NAME&#xa0;»)&#xa0;: Importer comme personnage… les stocke comme celui que vous choisissez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) stored with a part of their line left out (more system messages, messages after the last reply): see the details.</source>
        <translation>
            <numerusform>%Ln enregistrement stocké avec une partie de sa ligne laissée de côté (d’autres messages système, des messages après la dernière réponse)&#xa0;: voir les détails.</numerusform>
            <numerusform>%Ln enregistrements stockés avec une partie de leur ligne laissée de côté (d’autres messages système, des messages après la dernière réponse)&#xa0;: voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as the character whose name they are part of: %1.</source>
        <translation>Enregistrés comme ceux du personnage dont ils sont une partie du nom&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No character sheet for: %1.</source>
        <translation>Pas de fiche de personnage pour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import as Character…</source>
        <translation>Importer comme personnage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import as Character</source>
        <translation>Importer comme personnage</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The character for the %Ln line(s) that name none (type a name for a new one):</source>
        <translation>
            <numerusform>Le personnage pour la %Ln ligne qui n’en nomme aucun (tapez un nom pour en créer un)&#xa0;:</numerusform>
            <numerusform>Le personnage pour les %Ln lignes qui n’en nomment aucun (tapez un nom pour en créer un)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From Character Cards…</source>
        <translation>Depuis des cartes de personnage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the sheets from role-play character cards (SillyTavern&apos;s JSON or PNG cards)</source>
        <translation>Créer les fiches à partir de cartes de personnage de jeu de rôle (cartes JSON ou PNG de SillyTavern)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New characters from an import</source>
        <translation>Nouveaux personnages d&apos;une importation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New sheets for %1: complete them in the Characters mode (Edit ▸ Undo removes them).</source>
        <translation>Nouvelles fiches pour %1&#xa0;: complétez-les dans le mode Personnages (Édition ▸ Annuler les retire).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The project&apos;s records cannot be read (%1).

The file is left as it is: restore it from a backup, or move it aside to start the records afresh, then reload the project (F5).</source>
        <translation>Les enregistrements du projet ne peuvent pas être lus (%1).

Le fichier est laissé tel quel&#xa0;: restaurez-le depuis une sauvegarde, ou mettez-le de côté pour repartir de zéro, puis rechargez le projet (F5).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No records yet — open Generate to start a run, or import a file</source>
        <translation>Aucun enregistrement pour l&apos;instant — ouvrez Générer pour lancer une exécution, ou importez un fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>Undo stopped after %1 of %Ln record(s) — Backspace undoes the rest.</source>
        <translation>
            <numerusform>Annulation arrêtée après %1 sur %Ln enregistrement — Retour arrière annule le reste.</numerusform>
            <numerusform>Annulation arrêtée après %1 sur %Ln enregistrements — Retour arrière annule le reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after %1 of %Ln record(s); they keep their new state — Backspace undoes them.</source>
        <translation>
            <numerusform>Arrêté après %1 sur %Ln enregistrement&#xa0;; il garde son nouvel état — Retour arrière l&apos;annule.</numerusform>
            <numerusform>Arrêté après %1 sur %Ln enregistrements&#xa0;; ils gardent leur nouvel état — Retour arrière les annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only %1 of %Ln record(s) could be stored: %2</source>
        <translation>
            <numerusform>Seuls %1 sur %Ln enregistrement ont pu être stockés&#xa0;: %2</numerusform>
            <numerusform>Seuls %1 sur %Ln enregistrements ont pu être stockés&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1156"/>
        <source>Import a File…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Search text or #number (Ctrl+F)</source>
        <translation>Chercher un texte ou #numéro (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import Records…</source>
        <translation>Importer des enregistrements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text)</source>
        <translation>Importer des enregistrements JSONL ou des tableaux JSON (Persona Studio, chat OpenAI, ShareGPT, Alpaca, instruction/réponse, prompt/completion, texte au format de chat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide on many records at once, top up rejected ones, edit reject reasons, import records</source>
        <translation>Décider de nombreux enregistrements à la fois, compléter les rejetés, modifier les motifs de rejet, importer des enregistrements</translation>
    </message>
    <message>
        <location line="+1270"/>
        <source>Reviewing as %1</source>
        <translation>Relecture en tant que %1</translation>
    </message>
    <message>
        <location line="-827"/>
        <source>No record matches the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Reject Records</source>
        <translation>Rejeter des enregistrements</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reason for the %Ln record(s):</source>
        <translation>
            <numerusform>Motif pour %Ln enregistrement&#xa0;:</numerusform>
            <numerusform>Motif pour les %Ln enregistrements&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reject %Ln record(s)</source>
        <translation>
            <numerusform>Rejeter %Ln enregistrement</numerusform>
            <numerusform>Rejeter %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accept %Ln record(s)</source>
        <translation>
            <numerusform>Accepter %Ln enregistrement</numerusform>
            <numerusform>Accepter %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset %Ln record(s)</source>
        <translation>
            <numerusform>Réinitialiser %Ln enregistrement</numerusform>
            <numerusform>Réinitialiser %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+583"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>%1 — every record the filter shows? Backspace undoes it.</source>
        <translation>%1 — tous les enregistrements affichés par le filtre&#xa0;? Retour arrière l&apos;annule.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The decision could not be stored: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rejected records do not count toward a character&apos;s target: the next Generate run tops each character back up to its target.</source>
        <translation>Les enregistrements rejetés ne comptent pas dans l&apos;objectif d&apos;un personnage&#xa0;: la prochaine exécution de Générer complète chaque personnage jusqu&apos;à son objectif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Top Up Rejected</source>
        <translation>Remplacer les rejetés</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Édition ▸ Annuler les ramène.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Import of %1</source>
        <translation>Retirer l&apos;import de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import Records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines or JSON arrays, also gzip-compressed (*.jsonl *.json *.txt *.jsonl.gz *.json.gz);;All files (*)</source>
        <translation>JSON Lines ou tableaux JSON, compressés avec gzip ou non (*.jsonl *.json *.txt *.jsonl.gz *.json.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import of %Ln File(s)</source>
        <translation>
            <numerusform>Import de %Ln fichier</numerusform>
            <numerusform>Import de %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Importing %Ln file(s)… %1 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>
            <numerusform>Importation de %Ln fichier… %1&#xa0;% · &lt;b&gt;Échap&lt;/b&gt; arrêter</numerusform>
            <numerusform>Importation de %Ln fichiers… %1&#xa0;% · &lt;b&gt;Échap&lt;/b&gt; arrêter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping the import…</source>
        <translation>Arrêt de l’importation…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>No character sheet for %Ln persona(s), the most records first: %1 and %2 more.</source>
        <translation>
            <numerusform>Pas de fiche de personnage pour %Ln persona, les plus d&apos;enregistrements d&apos;abord&#xa0;: %1 et %2 de plus.</numerusform>
            <numerusform>Pas de fiche de personnage pour %Ln personas, les plus d&apos;enregistrements d&apos;abord&#xa0;: %1 et %2 de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Créer %Ln personnage</numerusform>
            <numerusform>Créer %Ln personnages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Characters to Create…</source>
        <translation>Choisir les personnages à créer…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>New sheets for %Ln character(s): complete them in the Characters mode (Edit ▸ Undo removes them).</source>
        <translation>
            <numerusform>Nouvelle fiche pour %Ln personnage&#xa0;: complétez-la dans le mode Personnages (Édition ▸ Annuler la retire).</numerusform>
            <numerusform>Nouvelles fiches pour %Ln personnages&#xa0;: complétez-les dans le mode Personnages (Édition ▸ Annuler les retire).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln de plus</numerusform>
            <numerusform>… %Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
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
            <numerusform>%Ln enregistrement importé</numerusform>
            <numerusform>%Ln enregistrements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne ignorée</numerusform>
            <numerusform>%Ln lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) imported.</source>
        <translation>
            <numerusform>%Ln enregistrement importé.</numerusform>
            <numerusform>%Ln enregistrements importés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+140"/>
        <source>No records left — Edit ▸ Undo “%1” brings them back</source>
        <translation>Plus aucun enregistrement — Édition ▸ Annuler «&#xa0;%1&#xa0;» les ramène</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No records — Edit ▸ Redo “%1” brings them back</source>
        <translation>Aucun enregistrement — Édition ▸ Rétablir «&#xa0;%1&#xa0;» les ramène</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undoing “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the records being stored…</source>
        <translation>Arrêt après les enregistrements en cours de stockage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undoing “%1”… %2 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»… %2&#xa0;% · &lt;b&gt;Échap&lt;/b&gt; arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1… %2 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>%1… %2&#xa0;% · &lt;b&gt;Échap&lt;/b&gt; arrêter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt; save the edit · &lt;b&gt;Esc&lt;/b&gt; cancel</source>
        <translation>&lt;b&gt;Ctrl+Entrée&lt;/b&gt; enregistrer la modification · &lt;b&gt;Échap&lt;/b&gt; annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject because: %1 · &lt;b&gt;Esc&lt;/b&gt; cancel</source>
        <translation>Rejeter pour&#xa0;: %1 · &lt;b&gt;Échap&lt;/b&gt; annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;A&lt;/b&gt; accept · &lt;b&gt;X&lt;/b&gt; reject · &lt;b&gt;1–9&lt;/b&gt; reject with reason · &lt;b&gt;E&lt;/b&gt; edit · &lt;b&gt;Space&lt;/b&gt; skip · &lt;b&gt;Backspace&lt;/b&gt; undo · &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; next/previous</source>
        <translation>&lt;b&gt;A&lt;/b&gt; accepter · &lt;b&gt;X&lt;/b&gt; rejeter · &lt;b&gt;1–9&lt;/b&gt; rejeter avec un motif · &lt;b&gt;E&lt;/b&gt; modifier · &lt;b&gt;Espace&lt;/b&gt; passer · &lt;b&gt;Retour arrière&lt;/b&gt; annuler · &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; suivant/précédent</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Reject Reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One reason per line. Keys 1–9 pick the first nine when rejecting;
decisions already made keep their reason.</source>
        <translation>Un motif par ligne. Les touches 1–9 choisissent les neuf premiers lors d&apos;un rejet&#xa0;;
les décisions déjà prises gardent leur motif.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewer Name</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded with your decisions from now on
(empty: the system&apos;s user name):</source>
        <translation>Le nom enregistré avec vos décisions à partir de maintenant
(vide&#xa0;: le nom d&apos;utilisateur du système)&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>decisions wait until it is stored</source>
        <translation>les décisions attendent la fin de l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Removed %Ln record(s) imported from %1 — Backspace or Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%Ln enregistrement importé de %1 retiré — Retour arrière ou Édition ▸ Annuler le ramène.</numerusform>
            <numerusform>%Ln enregistrements importés de %1 retirés — Retour arrière ou Édition ▸ Annuler les ramène.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The decision was not stored: %1. Decisions made before are kept; press the key again once the cause is fixed.</source>
        <translation>La décision n&apos;a pas été enregistrée&#xa0;: %1. Les décisions prises auparavant sont conservées&#xa0;; appuyez de nouveau sur la touche une fois la cause corrigée.</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpage.h" line="+42"/>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <location filename="../models/dataset/reviewsampler.cpp" line="+51"/>
        <source>%1 %2 / %3 checked, %4 rejected</source>
        <translation>%1 %2 / %3 vérifiés, %4 rejetés</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../models/dataset/reviewsession.cpp" line="+105"/>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of character</source>
        <translation>hors personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factual error</source>
        <translation>erreur factuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generic</source>
        <translation>générique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>repetitive</source>
        <translation>répétitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsafe</source>
        <translation>dangereux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth wall</source>
        <translation>brise le quatrième mur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Wait until the decision on many records is stored, or stop it with Esc.</source>
        <translation>Attendez que la décision sur de nombreux enregistrements soit stockée, ou arrêtez-la avec Échap.</translation>
    </message>
    <message>
        <location filename="../models/dataset/reviewsession.h" line="+70"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <location filename="../widgets/document/sheetdocument.cpp" line="+56"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to edit here (more than %2 MB)</source>
        <translation>%1 est trop volumineux pour être modifié ici (plus de %2 Mo)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+8"/>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SheetFileCommand</name>
    <message>
        <location filename="../widgets/document/sheetfilecommand.cpp" line="+59"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SheetParser</name>
    <message>
        <location filename="../models/sheet/sheetparser.cpp" line="+254"/>
        <source>a second top-level heading &quot;%1&quot; is read as a section</source>
        <translation>un second titre de premier niveau, «&#xa0;%1&#xa0;», est lu comme une section</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 MB; a character sheet may be at most %2 MB, so it was not read</source>
        <translation>fait %1 Mo&#xa0;; une fiche de personnage ne peut pas dépasser %2 Mo, elle n&apos;a donc pas été lue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is larger than %1 MB, so it was not read</source>
        <translation>dépasse %1 Mo, il n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a binary file, not a Markdown character sheet</source>
        <translation>est un fichier binaire, pas une fiche de personnage en Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation>n&apos;est pas en UTF-8 valide (octet 0x%1 à la position %2)&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is empty; the name &quot;%1&quot; was taken from the file name</source>
        <translation>est vide&#xa0;; le nom «&#xa0;%1&#xa0;» a été tiré du nom du fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>front matter opened with &quot;---&quot; is never closed; it was ignored</source>
        <translation>le front matter ouvert par &quot;---&quot; n&apos;est jamais fermé&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>front matter line is not &quot;key: value&quot;</source>
        <translation>la ligne du front matter n&apos;est pas de la forme &quot;clé: valeur&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags list is not closed with &quot;]&quot;</source>
        <translation>la liste des tags n&apos;est pas fermée par &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>metadata line is not &quot;key: value&quot;</source>
        <translation>la ligne de métadonnées n&apos;est pas de la forme &quot;clé: valeur&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata list is not closed with &quot;]&quot;</source>
        <translation>la liste de métadonnées n&apos;est pas fermée par &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the Markdown parser gave up on this file</source>
        <translation>l&apos;analyseur Markdown n&apos;a pas pu traiter ce fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the metadata block</source>
        <translation>le bloc de métadonnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the front matter title</source>
        <translation>le titre du front matter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name</source>
        <translation>le nom du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no &quot;# Name&quot; heading; the name &quot;%1&quot; was taken from %2</source>
        <translation>pas de titre «&#xa0;# Nom&#xa0;»&#xa0;; le nom «&#xa0;%1&#xa0;» a été tiré de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata names the character &quot;%1&quot; but the heading says &quot;%2&quot;</source>
        <translation>les métadonnées nomment le personnage «&#xa0;%1&#xa0;» mais le titre indique «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no Personality section; replies will lack a voice to follow</source>
        <translation>n&apos;a pas de section Personality&#xa0;; les réponses n&apos;auront pas de voix à suivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists no traits (add `traits: [..]` to the metadata block)</source>
        <translation>n&apos;indique aucun trait (ajoutez `traits: [..]` au bloc de métadonnées)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>still holds the template&apos;s placeholder text in %1; the generator would send it as the character&apos;s</source>
        <translation>contient encore le texte d&apos;exemple du modèle dans %1&#xa0;; le générateur l&apos;enverrait comme celui du personnage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>section &quot;%1&quot; is %2 tokens; prompts keep about %3 and cut the rest</source>
        <translation>la section «&#xa0;%1&#xa0;» compte %2 tokens&#xa0;; les prompts en gardent environ %3 et coupent le reste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../widgets/main/shortcutsdialog.cpp" line="+55"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 mode</source>
        <translation>Mode %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewing records (the list or the record has the keyboard)</source>
        <translation>Relire les enregistrements (le clavier dans la liste ou l’enregistrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and go to the next record</source>
        <translation>Accepter et passer à l’enregistrement suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject: then 1–9 for the reason, Esc to cancel</source>
        <translation>Rejeter&#xa0;: puis 1–9 pour la raison, Échap pour annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject with that reason at once</source>
        <translation>Rejeter directement avec cette raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reply (Ctrl+Enter saves, Esc leaves it unchanged)</source>
        <translation>Modifier la réponse (Ctrl+Entrée enregistre, Échap la laisse inchangée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to the next record</source>
        <translation>Passer à l’enregistrement suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last decision</source>
        <translation>Annuler la dernière décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace, Ctrl+Z</source>
        <translation>Retour arrière, Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the last undone decision again</source>
        <translation>Reprendre la dernière décision annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Maj+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous record</source>
        <translation>Enregistrement suivant / précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J / K, Down / Up</source>
        <translation>J / K, Bas / Haut</translation>
    </message>
</context>
<context>
    <name>SpotCheckPanel</name>
    <message>
        <location filename="../widgets/review/spotcheckpanel.cpp" line="+23"/>
        <source>&amp;Start Spot-Check</source>
        <translation>&amp;Démarrer le contrôle par échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records per character</source>
        <translation>Enregistrements par personnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of each character</source>
        <translation>Pourcentage de chaque personnage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same seed over the same records draws the same sample</source>
        <translation>La même graine sur les mêmes enregistrements tire le même échantillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new seed</source>
        <translation>Tirer une nouvelle graine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sa&amp;mple:</source>
        <translation>É&amp;chantillon&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;ze:</source>
        <translation>Ta&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See&amp;d:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review progress per character</source>
        <translation>Progression de la relecture par personnage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted or edited among the checked records, with the 95% confidence interval</source>
        <translation>Acceptés ou modifiés parmi les enregistrements vérifiés, avec l&apos;intervalle de confiance à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Spot-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contrôle par échantillon&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Drawing the sample…</source>
        <translation>Tirage de l’échantillon…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spot-check with seed &lt;b&gt;%1&lt;/b&gt;: the list shows the sample only.</source>
        <translation>Contrôle par échantillon avec la graine &lt;b&gt;%1&lt;/b&gt;&#xa0;: la liste n&apos;affiche que l&apos;échantillon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records of each character:</source>
        <translation>Tous les enregistrements de chaque personnage&#xa0;:</translation>
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
        <translation>Acceptés ou modifiés parmi les enregistrements vérifiés&#xa0;; le taux réel se situe dans l&apos;intervalle avec 95&#xa0;% de confiance (intervalle de score de Wilson)</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <location filename="../models/exporting/finetunevalidator.cpp" line="-340"/>
        <source> (detected)</source>
        <translation> (détecté)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… %Ln more problem(s)</source>
        <translation>
            <numerusform>… %Ln problème de plus</numerusform>
            <numerusform>… %Ln problèmes de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors by kind: %1</source>
        <translation>Erreurs par type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples without a system message: %1; without a user message: %2</source>
        <translation>Exemples sans message système&#xa0;: %1&#xa0;; sans message de l&apos;utilisateur&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min %1, max %2, mean %3, median %4, p5 %5, p95 %6</source>
        <translation>min %1, max %2, moyenne %3, médiane %4, p5 %5, p95 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens per example (o200k_base, with chat overhead): %1</source>
        <translation>Tokens par exemple (o200k_base, avec le surcoût du chat)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant tokens per example: %1</source>
        <translation>Tokens de l&apos;assistant par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples over the %1-token limit of %2: %3</source>
        <translation>Exemples au-delà de la limite de %1 tokens de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples over the trainer&apos;s %1-token cutoff: %2 (their ends are cut off in training)</source>
        <translation>Exemples au-delà de la coupure de l&apos;entraîneur de %1 tokens&#xa0;: %2 (leur fin est coupée à l&apos;entraînement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate examples: %1</source>
        <translation>Exemples en double&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed training tokens: %1 per epoch × %2 epochs%3 = %4</source>
        <translation>Tokens d&apos;entraînement facturés&#xa0;: %1 par époque × %2 époques%3 = %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 for %2 at %3 per 1M training tokens</source>
        <translation>, environ %1 pour %2 à %3 par million de tokens d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no price known for %1)</source>
        <translation> (prix inconnu pour %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training tokens per epoch: %1 (counted with o200k_base; the model trained on this file counts with its own tokenizer)</source>
        <translation>Tokens d&apos;entraînement par époque&#xa0;: %1 (comptés avec o200k_base&#xa0;; le modèle entraîné sur ce fichier compte avec son propre tokeniseur)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: no errors, %1</source>
        <translation>OK&#xa0;: aucune erreur, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: %1, %2</source>
        <translation>REJETÉ&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: not checked</source>
        <translation>%1&#xa0;: non vérifié</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln example(s)</source>
        <translation>
            <numerusform>%Ln exemple</numerusform>
            <numerusform>%Ln exemples</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 format%3, %4, %5</source>
        <translation>%1&#xa0;: format %2%3, %4, %5</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cmd_plan.cpp" line="+17"/>
        <source>Prints the generation plan: for each character its tier, target, traits and how the target is split over its categories.</source>
        <translation>Affiche le plan de génération&#xa0;: pour chaque personnage, son niveau, son objectif, ses traits et la répartition de l&apos;objectif entre ses catégories.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+19"/>
        <source>Writes the project&apos;s records as JSONL training files: &lt;slug&gt;_synthetic.jsonl per character, all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl with --val-split, manifest.json and README.md. Files are replaced only when all were written.
Exit status: 0 written and valid, 1 failed (nothing changed), 2 usage error, 3 written but the training file would be rejected.</source>
        <translation>Écrit les enregistrements du projet sous forme de fichiers d&apos;entraînement JSONL&#xa0;: &lt;slug&gt;_synthetic.jsonl par personnage, all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl avec --val-split, manifest.json et README.md. Les fichiers ne sont remplacés que lorsque tous ont été écrits.
Code de sortie&#xa0;: 0 écrits et valides, 1 échec (rien n&apos;a changé), 2 erreur d&apos;utilisation, 3 écrits, mais le fichier d&apos;entraînement serait rejeté.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="+71"/>
        <source>The project folder.</source>
        <translation>Le dossier du projet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 needs --project DIR</source>
        <translation>%1 a besoin de --project DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+7"/>
        <source>The output folder.</source>
        <translation>Le dossier de sortie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studio, openai-chat (default), sharegpt, alpaca, hf-messages or dpo.</source>
        <translation>studio, openai-chat (par défaut), sharegpt, alpaca, hf-messages ou dpo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted (accepted and edited, default), reviewed (everything not rejected) or all.</source>
        <translation>accepted (acceptés et modifiés, par défaut), reviewed (tout ce qui n&apos;est pas rejeté) ou all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (default) or no: include imported records.</source>
        <translation>yes (par défaut) ou no&#xa0;: inclure les enregistrements importés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each character&apos;s records in validation.jsonl (0 &lt; F &lt; 1).</source>
        <translation>Part des enregistrements de chaque personnage dans validation.jsonl (0 &lt; F &lt; 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the validation split (default 42).</source>
        <translation>Graine de la part de validation (42 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model for the validation&apos;s token limit and cost (default gpt-4o-mini).</source>
        <translation>Modèle pour la limite de tokens et le coût de la validation (gpt-4o-mini par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --cutoff: write a longer conversation as several examples of whole exchanges that fit, rather than leave it to be cut off.</source>
        <translation>Avec --cutoff&#xa0;: écrire une conversation plus longue en plusieurs exemples d&apos;échanges entiers qui tiennent, au lieu de la laisser couper.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="-33"/>
        <source>The sequence length of the trainer the file is for (LLaMA-Factory&apos;s cutoff_len, TRL&apos;s max_length, axolotl&apos;s sequence_len): longer examples are named, as the trainer cuts their ends off.</source>
        <translation>La longueur de séquence de l&apos;entraîneur auquel le fichier est destiné (cutoff_len de LLaMA-Factory, max_length de TRL, sequence_len d&apos;axolotl)&#xa0;: les exemples plus longs sont nommés, car l&apos;entraîneur coupe leur fin.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+5"/>
        <source>export needs --project DIR and --out DIR</source>
        <translation>export nécessite --project DIR et --out DIR</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/cmd_validate.cpp" line="+39"/>
        <source>unknown format &quot;%1&quot;; one of %2</source>
        <translation>format inconnu &quot;%1&quot;&#xa0;; formats possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--include is accepted, reviewed or all</source>
        <translation>--include vaut accepted, reviewed ou all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--imported is yes or no</source>
        <translation>--imported vaut yes ou no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--val-split is a number between 0 and 1, such as 0.1</source>
        <translation>--val-split est un nombre entre 0 et 1, par exemple 0.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed is a whole number</source>
        <translation>--seed est un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.h" line="+11"/>
        <source>--cutoff is a whole number of tokens, such as 4096</source>
        <translation>--cutoff est un nombre entier de tokens, par exemple 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="+8"/>
        <source>--split-long needs --cutoff</source>
        <translation>--split-long a besoin de --cutoff</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write training files (--project DIR --out DIR [--format F] [--include accepted|reviewed|all] [--imported yes|no] [--val-split F] [--seed N])</source>
        <translation>écrire les fichiers d&apos;entraînement (--project DIR --out DIR [--format F] [--include accepted|reviewed|all] [--imported yes|no] [--val-split F] [--seed N])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_plan.cpp" line="+3"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+31"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+25"/>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan for %1 (%2)</source>
        <translation>Plan pour %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (tier: %1)</source>
        <translation>  (niveau&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>traits: </source>
        <translation>traits&#xa0;: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total to generate: %1 for %2</source>
        <translation>Total à générer&#xa0;: %1 pour %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_generate.cpp" line="+86"/>
        <location filename="../app/cli/cmd_plan.cpp" line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_plan.cpp" line="+1"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln personnage</numerusform>
            <numerusform>%Ln personnages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print the generation plan of a project (--project DIR [--json])</source>
        <translation>afficher le plan de génération d&apos;un projet (--project DIR [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_tokens.cpp" line="+18"/>
        <source>Prints the number of tokens of FILE (or of standard input) for an OpenAI encoding, exactly as tiktoken counts them. The bytes are read as UTF-8; ill-formed sequences count as U+FFFD. Special tokens such as &lt;|endoftext|&gt; are counted as ordinary text.</source>
        <translation>Affiche le nombre de tokens de FILE (ou de l&apos;entrée standard) pour un encodage OpenAI, exactement comme tiktoken les compte. Les octets sont lus en UTF-8&#xa0;; les séquences mal formées comptent comme U+FFFD. Les tokens spéciaux comme &lt;|endoftext|&gt; sont comptés comme du texte ordinaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>o200k_base (default; GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5).</source>
        <translation>o200k_base (par défaut&#xa0;; GPT-4o et suivants) ou cl100k_base (GPT-4, GPT-3.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the token ids, space-separated, instead of their count.</source>
        <translation>Afficher les identifiants des tokens, séparés par des espaces, au lieu de leur nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read; standard input if omitted or &apos;-&apos;.</source>
        <translation>Le fichier à lire&#xa0;; l&apos;entrée standard s&apos;il est omis ou vaut &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tokens takes at most one FILE</source>
        <translation>tokens n&apos;accepte qu&apos;un seul FILE au plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown encoding &apos;%1&apos; (known: %2)</source>
        <translation>encodage inconnu &apos;%1&apos; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 rank table is missing from this build</source>
        <translation>la table de rangs %1 est absente de cette version</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count (or list) the o200k_base / cl100k_base tokens of a file</source>
        <translation>compter (ou lister) les tokens o200k_base / cl100k_base d&apos;un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="-43"/>
        <source>Dry run: nothing is sent. %1 at %2, batches of %3.</source>
        <translation>Simulation&#xa0;: rien n&apos;est envoyé. %1 sur %2, lots de %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+25"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+19"/>
        <source>character</source>
        <translation>personnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_quality.cpp" line="-4"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+0"/>
        <source>records</source>
        <translation>enreg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prompt tok</source>
        <translation>tok prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output tok</source>
        <translation>tok sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>est. cost</source>
        <translation>coût est.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 for %2; about %3 prompt + %4 output tokens; estimated cost %5 (output tokens are an estimate).</source>
        <translation>%1 pour %2&#xa0;; environ %3 tokens de prompt + %4 de sortie&#xa0;; coût estimé %5 (les tokens de sortie sont une estimation).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Run %1: %2 in %3, %Ln request(s).</source>
        <translation>
            <numerusform>Exécution %1&#xa0;: %2 en %3, %Ln requête.</numerusform>
            <numerusform>Exécution %1&#xa0;: %2 en %3, %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per character (stored by this run / in the project / target):</source>
        <translation>Enregistrements par personnage (stockés par cette exécution / dans le projet / objectif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (short)</source>
        <translation>  (incomplet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/cmd_quality.cpp" line="+32"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+28"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_stats.cpp" line="+0"/>
        <source>Dropped: %1</source>
        <translation>Écartés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries: %1</source>
        <translation>Nouvelles tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens: %1 prompt + %2 completion; cost %3%4</source>
        <translation>Tokens&#xa0;: %1 de prompt + %2 de réponse&#xa0;; coût %3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (no price for this model in studio.json)</source>
        <translation> (aucun prix pour ce modèle dans studio.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output: %1</source>
        <translation>Sortie structurée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json_schema</source>
        <translation>json_schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plain JSON (fallback)</source>
        <translation>JSON simple (solution de repli)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left for another run: %1</source>
        <translation>Reporté à une autre exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every target is met.</source>
        <translation>Tous les objectifs sont atteints.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some targets are not met yet; run generate again to continue.</source>
        <translation>Certains objectifs ne sont pas encore atteints&#xa0;; relancez generate pour continuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generates records until every character and category of the plan holds exactly its target. Safe to interrupt and to run again: it continues where the project stands.</source>
        <translation>Génère des enregistrements jusqu&apos;à ce que chaque personnage et chaque catégorie du plan atteignent exactement leur objectif. Peut être interrompu et relancé sans risque&#xa0;: reprend là où en est le projet.</translation>
    </message>
    <message>
        <location filename="../app/cli/provideroptions.cpp" line="+12"/>
        <source>OpenAI-compatible API base URL (default: the project&apos;s).</source>
        <translation>URL de base de l&apos;API compatible OpenAI (par défaut&#xa0;: celle du projet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model name (default: the project&apos;s).</source>
        <translation>Nom du modèle (par défaut&#xa0;: celui du projet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment variable holding the API key (default: the project&apos;s, usually OPENAI_API_KEY).</source>
        <translation>Variable d&apos;environnement contenant la clé d&apos;API (par défaut&#xa0;: celle du projet, en général OPENAI_API_KEY).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="+4"/>
        <source>Requests in flight at most (default: the project&apos;s, 8).</source>
        <translation>Nombre maximal de requêtes en cours (par défaut&#xa0;: celui du projet, 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records asked for per request (default: the project&apos;s, 5).</source>
        <translation>Enregistrements demandés par requête (par défaut&#xa0;: celui du projet, 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-request timeout in seconds (default 120).</source>
        <translation>Délai d&apos;attente par requête, en secondes (120 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per job before it is given up (default 5).</source>
        <translation>Tentatives par tâche avant de l&apos;abandonner (5 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this character (repeatable).</source>
        <translation>Uniquement ce personnage (peut être répété).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop before the run&apos;s cost would pass this many US dollars.</source>
        <translation>S&apos;arrêter avant que le coût de l&apos;exécution ne dépasse ce montant en dollars américains.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the planned requests, token counts and estimated cost; send nothing.</source>
        <translation>Afficher les requêtes prévues, le nombre de tokens et le coût estimé&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First retry delay in milliseconds (default 500).</source>
        <translation>Délai avant la première nouvelle tentative, en millisecondes (500 par défaut).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a numeric option is out of range; see generate --help</source>
        <translation>une option numérique est hors limites&#xa0;; voir generate --help</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>retry %1 / %2 (job %3, attempt %4): %5, in %6 ms</source>
        <translation>nouvelle tentative %1 / %2 (tâche %3, tentative %4)&#xa0;: %5, dans %6 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored %1 for %2 / %3 (%4/%5)</source>
        <translation>stockés&#xa0;: %1 pour %2 / %3 (%4/%5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2 records  %3 in flight  %4 retrying  %5 tokens  %6  %7</source>
        <translation>%1/%2 enregistrements  %3 en cours  %4 en nouvelle tentative  %5 tokens  %6  %7</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot set up signal handling</source>
        <translation>impossible de mettre en place la gestion des signaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping: waiting for the requests in flight (Ctrl+C again to abandon them)…</source>
        <translation>Arrêt&#xa0;: attente des requêtes en cours (Ctrl+C à nouveau pour les abandonner)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generating with %1 at %2: concurrency %3, batches of %4.</source>
        <translation>Génération avec %1 sur %2&#xa0;: concurrence %3, lots de %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>generate records until the plan&apos;s targets are met (--project DIR [--dry-run] …)</source>
        <translation>générer des enregistrements jusqu&apos;à ce que les objectifs du plan soient atteints (--project DIR [--dry-run] …)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+85"/>
        <source>Persona for lines that name none.</source>
        <translation>Personnage pour les lignes qui n&apos;en indiquent aucun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for lines that name none.</source>
        <translation>Catégorie pour les lignes qui n&apos;en indiquent aucune.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé en JSON.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: not removed: %2</source>
        <translation>%1&#xa0;: non retiré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no records were imported from it</source>
        <translation>%1&#xa0;: aucun enregistrement n&apos;en a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln record(s) removed</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln enregistrement retiré</numerusform>
            <numerusform>%1&#xa0;: %Ln enregistrements retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln with a review decision)</source>
        <translation>
            <numerusform> (%Ln avec une décision de relecture)</numerusform>
            <numerusform> (%Ln avec une décision de relecture)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imports JSONL datasets into a project: the studio&apos;s own records, OpenAI chat fine-tuning lines, ShareGPT (and PIPPA&apos;s role-play chats), Alpaca, instruction / response lines (Dolly, question / answer), prompt/completion pairs, preference pairs (chosen / rejected) and conversations written out as one text (&quot;text&quot;: ChatML, Llama 3, Gemma, Mistral, Alpaca&apos;s template, Human / Assistant transcripts). Bad lines are reported on stderr as FILE:LINE: reason and skipped; every usable line is imported. A file holding one JSON array of records (as Alpaca and ShareGPT datasets are published) is read the same way, element by element; a SillyTavern chat file as one conversation (a group chat: one per character); gzip-compressed files (.jsonl.gz) as they are. A persona that is part of one character&apos;s name only (&quot;Bryce&quot;) is that character&apos;s.
Exit status: 0 when every file was read, 1 when a file could not be read at all or the project cannot be opened, 2 for a usage error.</source>
        <translation>Importe des jeux de données JSONL dans un projet&#xa0;: les enregistrements du studio, les lignes de fine-tuning de chat OpenAI, ShareGPT (et les conversations de jeu de rôle de PIPPA), Alpaca, les lignes instruction / réponse (Dolly, question / réponse), les paires prompt/completion, les paires de préférence (chosen / rejected) et les conversations écrites en un seul texte («&#xa0;text&#xa0;»&#xa0;: ChatML, Llama 3, Gemma, Mistral, le modèle d&apos;Alpaca, transcriptions Human / Assistant). Les lignes incorrectes sont signalées sur stderr sous la forme FILE:LINE: raison et ignorées&#xa0;; toutes les lignes utilisables sont importées. Un fichier qui contient un seul tableau JSON d&apos;enregistrements (comme sont publiés les jeux Alpaca et ShareGPT) est lu de la même façon, élément par élément&#xa0;; un fichier de chat de SillyTavern, comme une seule conversation (un chat de groupe&#xa0;: une par personnage)&#xa0;; les fichiers compressés avec gzip (.jsonl.gz), tels quels. Une persona qui est une partie du nom d&apos;un seul personnage («&#xa0;Bryce&#xa0;») est celle de ce personnage.
Code de sortie&#xa0;: 0 si tous les fichiers ont été lus, 1 si un fichier n&apos;a pas pu être lu du tout ou si le projet ne peut pas être ouvert, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the records imported from each FILE instead (importing it again brings them back, unreviewed).</source>
        <translation>Retirer plutôt les enregistrements importés de chaque FILE (l&apos;importer à nouveau les ramène, non relus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL files (or JSON arrays) to import.</source>
        <translation>Fichiers JSONL (ou tableaux JSON) à importer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import needs at least one FILE</source>
        <translation>import nécessite au moins un FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--remove takes no --persona or --category</source>
        <translation>--remove n&apos;accepte ni --persona ni --category</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>importing… %1 %</source>
        <translation>importation… %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1:%2: note: stored, %3</source>
        <translation>%1:%2&#xa0;: note&#xa0;: stocké, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partly imported: %2</source>
        <translation>%1&#xa0;: importé en partie&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not imported: %2</source>
        <translation>%1&#xa0;: non importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s) name no persona: --persona NAME imports them as NAME&apos;s.</source>
        <translation>
            <numerusform>%n ligne ne nomme aucun personnage&#xa0;: --persona NOM l’importe comme celle de NOM.</numerusform>
            <numerusform>%n lignes ne nomment aucun personnage&#xa0;: --persona NOM les importe comme celles de NOM.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import JSONL datasets into a project (--project DIR FILE... [--persona NAME] [--category NAME] [--json])</source>
        <translation>importer des jeux de données JSONL dans un projet (--project DIR FILE... [--persona NAME] [--category NAME] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_probe.cpp" line="+18"/>
        <source>Asks the project&apos;s endpoint GET /models and one tiny structured request, and says in plain words whether it answers, accepts the key and honours structured output.</source>
        <translation>Envoie au point de terminaison du projet GET /models et une toute petite requête structurée, et indique en termes simples s&apos;il répond, s&apos;il accepte la clé et s&apos;il respecte la sortie structurée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeout per request in seconds (default 30).</source>
        <translation>Délai d&apos;attente par requête, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Probing %1 with model %2 (key from $%3%4)…</source>
        <translation>Test de %1 avec le modèle %2 (clé issue de $%3%4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, which is empty</source>
        <translation>, qui est vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check an endpoint: reachable, key accepted, structured output (--project DIR)</source>
        <translation>tester un point de terminaison&#xa0;: joignable, clé acceptée, sortie structurée (--project DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_quality.cpp" line="-58"/>
        <source>Checks the records of a project: voice distinctness, overused phrases, refusals, fourth-wall breaks, third person, empty or truncated replies, near-duplicates and canon coverage. Stores the flags on the records.</source>
        <translation>Vérifie les enregistrements d&apos;un projet&#xa0;: distinction des voix, expressions surutilisées, refus, bris du quatrième mur, troisième personne, réponses vides ou tronquées, quasi-doublons et couverture du canon. Enregistre les signalements sur les enregistrements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not store the flags in studio.db.</source>
        <translation>Ne pas enregistrer les signalements dans studio.db.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>distinct</source>
        <translation>distinct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canon</source>
        <translation>canon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overused: %1</source>
        <translation>surutilisées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most confusable pairs:</source>
        <translation>Paires les plus faciles à confondre&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names in no sheet: %1</source>
        <translation>Noms absents de toutes les fiches&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near-duplicate groups: %1 (%2 across characters)</source>
        <translation>Groupes de quasi-doublons&#xa0;: %1 (%2 entre personnages différents)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) checked in %1 s</source>
        <translation>
            <numerusform>%Ln enregistrement vérifié en %1 s</numerusform>
            <numerusform>%Ln enregistrements vérifiés en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check records for tics, duplicates, refusals and voice distinctness (--project DIR [--json] [--no-write])</source>
        <translation>rechercher dans les enregistrements tics, doublons, refus et distinction des voix (--project DIR [--json] [--no-write])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="-51"/>
        <source>Prints per character the target, the records stored and their review states and categories; drops by reason; tokens and cost of all runs.</source>
        <translation>Affiche par personnage l&apos;objectif, les enregistrements stockés avec leurs états de relecture et leurs catégories&#xa0;; les rejets par motif&#xa0;; les tokens et le coût de toutes les exécutions.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>target</source>
        <translation>obj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrev.</source>
        <translation>non lus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accept.</source>
        <translation>accept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import.</source>
        <translation>import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject.</source>
        <translation>rejet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total records: %1 (%2 generated, %3 imported; rejected ones not counted)</source>
        <translation>Total d&apos;enregistrements&#xa0;: %1 (%2 générés, %3 importés&#xa0;; les rejetés non comptés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens: %1 prompt + %2 completion; cost %3</source>
        <translation>Tokens&#xa0;: %1 de prompt + %2 de réponse&#xa0;; coût %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>records, review states, drops, tokens and cost per character (--project DIR [--json])</source>
        <translation>enregistrements, états de relecture, rejets, tokens et coût par personnage (--project DIR [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_validate.cpp" line="-20"/>
        <source>Checks a JSONL training file the way fine-tuning services do: JSON objects, the format&apos;s keys and roles, token counts (o200k_base) against the model&apos;s limit, at least 10 examples, duplicates, and the billed tokens and cost. A gzip-compressed file is checked as the text inside it.
Exit status: 0 accepted, 1 would be rejected, 2 usage error.</source>
        <translation>Vérifie un fichier d&apos;entraînement JSONL comme le font les services de fine-tuning&#xa0;: objets JSON, clés et rôles du format, nombre de tokens (o200k_base) par rapport à la limite du modèle, au moins 10 exemples, doublons, ainsi que les tokens facturés et le coût. Un fichier compressé avec gzip est vérifié comme le texte qu&apos;il contient.
Code de sortie&#xa0;: 0 accepté, 1 serait rejeté, 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>studio, openai-chat, sharegpt, alpaca, hf-messages or dpo (default: detected from the first line).</source>
        <translation>studio, openai-chat, sharegpt, alpaca, hf-messages ou dpo (par défaut&#xa0;: détecté d’après la première ligne).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning model (default gpt-4o-mini).</source>
        <translation>Modèle de fine-tuning (gpt-4o-mini par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs for the cost estimate (default: the provider&apos;s default for the file&apos;s size).</source>
        <translation>Époques pour l&apos;estimation du coût (par défaut&#xa0;: la valeur par défaut du fournisseur pour la taille du fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSONL file.</source>
        <translation>Le fichier JSONL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate needs exactly one FILE</source>
        <translation>validate nécessite exactement un FILE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--epochs is a whole number of at least 1</source>
        <translation>--epochs est un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check a JSONL training file (FILE.jsonl [--format F] [--model NAME] [--cutoff TOKENS] [--epochs N] [--json])</source>
        <translation>vérifier un fichier d&apos;entraînement JSONL (FILE.jsonl [--format F] [--model NAME] [--cutoff TOKENS] [--epochs N] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+20"/>
        <source>Usage: persona-studio-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: persona-studio-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`persona-studio-cli COMMAND --help` describes a command&apos;s options.</source>
        <translation>`persona-studio-cli COMMAND --help` décrit les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_init.cpp" line="+17"/>
        <source>Starts a project in DIR (made if missing; it must not hold a studio.json yet): studio.json with the tiers main 150, major 100, supporting 60 and minor 30, the common categories and the known prices, and an empty rag-resources/ folder for the character_*.md sheets. List each character under its tier&apos;s &quot;members&quot; in studio.json, or assign the tiers in the window.</source>
        <translation>Commence un projet dans DIR (créé s’il manque&#xa0;; il ne doit pas encore contenir de studio.json)&#xa0;: studio.json avec les niveaux main 150, major 100, supporting 60 et minor 30, les catégories communes et les prix connus, et un dossier rag-resources/ vide pour les fiches character_*.md. Placez chaque personnage dans les «&#xa0;members&#xa0;» de son niveau dans studio.json, ou attribuez les niveaux dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The film, book or game the characters come from (default: the folder&apos;s name).</source>
        <translation>Le film, le livre ou le jeu d’où viennent les personnages (par défaut, le nom du dossier).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Started %1 (%2): put the character_*.md sheets in %3.</source>
        <translation>Projet %1 commencé (%2)&#xa0;: placez les fiches character_*.md dans %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start a project in a folder (--project DIR [--work NAME])</source>
        <translation>commence un projet dans un dossier (--project DIR [--work NOM])</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_card.cpp" line="+25"/>
        <source>Makes a character sheet from each role-play character card (a SillyTavern card: JSON, or a PNG image carrying it; Character Card V1, V2 and V3; a CHARX package): its description as the background, its personality, its scenario as the role, its greetings and example dialogue as the voice, its lorebook as lore. Each sheet is written as character_&lt;slug&gt;.md beside the project&apos;s other sheets; the character then waits in the unassigned tier. A character the project has already is left alone.
Exit status: 0 when every card became a sheet, 1 when a file is not a card or a sheet could not be written, 2 for a usage error.</source>
        <translation>Crée une fiche de personnage à partir de chaque carte de personnage de jeu de rôle (une carte SillyTavern&#xa0;: JSON, ou une image PNG qui la porte&#xa0;; Character Card V1, V2 et V3&#xa0;; un paquet CHARX)&#xa0;: sa description comme contexte, sa personnalité, son scénario comme rôle, ses salutations et son dialogue d&apos;exemple comme voix, son lorebook comme lore. Chaque fiche est écrite sous le nom character_&lt;slug&gt;.md à côté des autres fiches du projet&#xa0;; le personnage attend alors dans le niveau non attribué. Un personnage que le projet a déjà n&apos;est pas touché.
Code de sortie&#xa0;: 0 si chaque carte est devenue une fiche, 1 si un fichier n&apos;est pas une carte ou si une fiche n&apos;a pas pu être écrite, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character cards (.json, .png or .charx).</source>
        <translation>Cartes de personnage (.json, .png ou .charx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card needs at least one FILE</source>
        <translation>card a besoin d&apos;au moins un FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in the project</source>
        <translation>%1 est déjà dans le projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make character sheets from role-play character cards (--project DIR FILE...)</source>
        <translation>créer des fiches de personnage à partir de cartes de personnage de jeu de rôle (--project DIR FILE...)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+59"/>
        <source>Build fine-tuning datasets of character voices.</source>
        <translation>Créez des jeux de données de fine-tuning pour les voix de vos personnages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder to open.</source>
        <translation>Le dossier du projet à ouvrir.</translation>
    </message>
</context>
</TS>
