<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CharactersPage</name>
    <message numerus="yes">
        <location filename="../widgets/characters/characterspage.cpp" line="+613"/>
        <source>%n trait(s)</source>
        <translation>
            <numerusform>%n trait</numerusform>
            <numerusform>%n traits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n section(s); prompt budget %1 tokens each</source>
        <translation>
            <numerusform>%n section; prompt budget %1 tokens each</numerusform>
            <numerusform>%n sections; prompt budget %1 tokens each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>One request for %n record(s) (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.</source>
        <translation>
            <numerusform>One request for %n record (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.</numerusform>
            <numerusform>One request for %n records (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Import %n character card(s)</source>
        <translation>
            <numerusform>Import %n character card</numerusform>
            <numerusform>Import %n character cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/export/exportdialog.cpp" line="+131"/>
        <source>%Ln record(s) to export.</source>
        <translation>
            <numerusform>%Ln record to export.</numerusform>
            <numerusform>%Ln records to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+228"/>
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message numerus="yes">
        <location filename="../models/exporting/exporter.cpp" line="+227"/>
        <source>… %Ln more character file(s), %1</source>
        <translation>
            <numerusform>… %Ln more character file, %1</numerusform>
            <numerusform>… %Ln more character files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln long conversation(s) written as %1 examples that fit the trainer&apos;s cutoff.</source>
        <translation>
            <numerusform>%Ln long conversation written as %1 examples that fit the trainer&apos;s cutoff.</numerusform>
            <numerusform>%Ln long conversations written as %1 examples that fit the trainer&apos;s cutoff.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FineTuneValidator</name>
    <message numerus="yes">
        <location filename="../models/exporting/finetunevalidator.cpp" line="+782"/>
        <source>%Ln example(s); OpenAI fine-tuning needs at least %1</source>
        <translation>
            <numerusform>%Ln example; OpenAI fine-tuning needs at least %1</numerusform>
            <numerusform>%Ln examples; OpenAI fine-tuning needs at least %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message numerus="yes">
        <location filename="../widgets/generate/generatepage.cpp" line="+432"/>
        <source>The last run, started %1, %2: %Ln job(s), %3 failed (its jobs are in the Jobs tab).</source>
        <translation>
            <numerusform>The last run, started %1, %2: %Ln job, %3 failed (its jobs are in the Jobs tab).</numerusform>
            <numerusform>The last run, started %1, %2: %Ln jobs, %3 failed (its jobs are in the Jobs tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>&lt;b&gt;Provider:&lt;/b&gt; %1 · &lt;b&gt;model&lt;/b&gt; %2 · %3 · %n at once</source>
        <translation>
            <numerusform>&lt;b&gt;Provider:&lt;/b&gt; %1 · &lt;b&gt;model&lt;/b&gt; %2 · %3 · %n at once</numerusform>
            <numerusform>&lt;b&gt;Provider:&lt;/b&gt; %1 · &lt;b&gt;model&lt;/b&gt; %2 · %3 · %n at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>&lt;b&gt;Estimate:&lt;/b&gt; %n record(s) to generate</source>
        <translation>
            <numerusform>&lt;b&gt;Estimate:&lt;/b&gt; %n record to generate</numerusform>
            <numerusform>&lt;b&gt;Estimate:&lt;/b&gt; %n records to generate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n request(s)</source>
        <translation>
            <numerusform> in %n request</numerusform>
            <numerusform> in %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>no target · %Ln stored</source>
        <translation>
            <numerusform>no target · %Ln stored</numerusform>
            <numerusform>no target · %Ln stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&lt;b&gt;The last run did not finish&lt;/b&gt; (%1). Stored: %2 of %Ln record(s); resuming continues toward the targets without duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;The last run did not finish&lt;/b&gt; (%1). Stored: %2 of %Ln record; resuming continues toward the targets without duplicates.</numerusform>
            <numerusform>&lt;b&gt;The last run did not finish&lt;/b&gt; (%1). Stored: %2 of %Ln records; resuming continues toward the targets without duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Run started: %1 at %2, %n request(s) planned</source>
        <translation>
            <numerusform>Run started: %1 at %2, %n request planned</numerusform>
            <numerusform>Run started: %1 at %2, %n requests planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>Run completed: %n record(s) stored</source>
        <translation>
            <numerusform>Run completed: %n record stored</numerusform>
            <numerusform>Run completed: %n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run ended short of the targets (%1): %n record(s) stored</source>
        <translation>
            <numerusform>Run ended short of the targets (%1): %n record stored</numerusform>
            <numerusform>Run ended short of the targets (%1): %n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Run stopped: %n record(s) stored</source>
        <translation>
            <numerusform>Run stopped: %n record stored</numerusform>
            <numerusform>Run stopped: %n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Budget reached: %n record(s) stored</source>
        <translation>
            <numerusform>Budget reached: %n record stored</numerusform>
            <numerusform>Budget reached: %n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run cancelled: %n record(s) stored</source>
        <translation>
            <numerusform>Run cancelled: %n record stored</numerusform>
            <numerusform>Run cancelled: %n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Paused — %n request(s) in flight finish and are stored</source>
        <translation>
            <numerusform>Paused — %n request in flight finishes and is stored</numerusform>
            <numerusform>Paused — %n requests in flight finish and are stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln request(s) in flight</source>
        <translation>
            <numerusform>%1 of %Ln request in flight</numerusform>
            <numerusform>%1 of %Ln requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n job(s) running · %1</source>
        <translation>
            <numerusform>%n job running · %1</numerusform>
            <numerusform>%n jobs running · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerationRun</name>
    <message numerus="yes">
        <location filename="../models/generation/generationrun.cpp" line="+420"/>
        <source>%1 / %2: giving up a job after %Ln attempt(s) (%3)</source>
        <translation>
            <numerusform>%1 / %2: giving up a job after %Ln attempt (%3)</numerusform>
            <numerusform>%1 / %2: giving up a job after %Ln attempts (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message numerus="yes">
        <location filename="../models/dataset/importformat.cpp" line="+176"/>
        <source>%n system message(s) after the first left out</source>
        <translation>
            <numerusform>%n system message after the first left out</numerusform>
            <numerusform>%n system messages after the first left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) after the last reply left out</source>
        <translation>
            <numerusform>%n message after the last reply left out</numerusform>
            <numerusform>%n messages after the last reply left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../models/dataset/importer.cpp" line="+662"/>
        <source>Imported %Ln record(s):</source>
        <translation>
            <numerusform>Imported %Ln record:</numerusform>
            <numerusform>Imported %Ln records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Skipped %Ln record(s):</source>
        <translation>
            <numerusform>Skipped %Ln record:</numerusform>
            <numerusform>Skipped %Ln records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped %Ln line(s):</source>
        <translation>
            <numerusform>Skipped %Ln line:</numerusform>
            <numerusform>Skipped %Ln lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%Ln other reason(s)</source>
        <translation>
            <numerusform>%Ln other reason</numerusform>
            <numerusform>%Ln other reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %Ln line(s), %2 imported, %3 skipped, %4 blank</source>
        <translation>
            <numerusform>%1: %Ln line, %2 imported, %3 skipped, %4 blank</numerusform>
            <numerusform>%1: %Ln lines, %2 imported, %3 skipped, %4 blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>… %Ln more persona(s), %1</source>
        <translation>
            <numerusform>… %Ln more persona, %1</numerusform>
            <numerusform>… %Ln more personas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Stored with a part of their line left out, %Ln record(s):</source>
        <translation>
            <numerusform>Stored with a part of its line left out, %Ln record:</numerusform>
            <numerusform>Stored with a part of their line left out, %Ln records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln more</numerusform>
            <numerusform>… %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <location filename="../widgets/insights/insightspage.cpp" line="+504"/>
        <source>%Ln record(s) stored, %1 accepted.</source>
        <translation>
            <numerusform>%Ln record stored, %1 accepted.</numerusform>
            <numerusform>%Ln records stored, %1 accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored, all imported, %1 accepted.</source>
        <translation>
            <numerusform>%Ln record stored, imported, %1 accepted.</numerusform>
            <numerusform>%Ln records stored, all imported, %1 accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) stored (%1 generated, %2 imported), %3 accepted.</source>
        <translation>
            <numerusform>%Ln record stored (%1 generated, %2 imported), %3 accepted.</numerusform>
            <numerusform>%Ln records stored (%1 generated, %2 imported), %3 accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>The chart shows %1 of %2: the planned characters, then those with the most records; %Ln other(s) with %3 are left out.</source>
        <translation>
            <numerusform>The chart shows %1 of %2: the planned characters, then those with the most records; %Ln other with %3 is left out.</numerusform>
            <numerusform>The chart shows %1 of %2: the planned characters, then those with the most records; %Ln others with %3 are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+295"/>
        <source>%Ln record(s) checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. Double-click a row to review that character.</source>
        <translation>
            <numerusform>%Ln record checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. Double-click a row to review that character.</numerusform>
            <numerusform>%Ln records checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. Double-click a row to review that character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-180"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n record(s); generation tokens %2 prompt + %3 completion; cost %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n record; generation tokens %2 prompt + %3 completion; cost %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n records; generation tokens %2 prompt + %3 completion; cost %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/main/mainwindow.cpp" line="+444"/>
        <source>Created studio.json for the %n sheet(s) in this folder</source>
        <translation>
            <numerusform>Created studio.json for the %n sheet in this folder</numerusform>
            <numerusform>Created studio.json for the %n sheets in this folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+325"/>
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 / %Ln record(s)</source>
        <translation>
            <numerusform>%1 / %Ln record</numerusform>
            <numerusform>%1 / %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaChooserDialog</name>
    <message numerus="yes">
        <location filename="../widgets/review/personachooserdialog.cpp" line="+30"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln record</numerusform>
            <numerusform>%1 — %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The import found %Ln persona(s) without a character sheet. Check the ones to create a sheet for (Space checks the current row); Edit ▸ Undo removes them again.</source>
        <translation>
            <numerusform>The import found %Ln persona without a character sheet. Check it to create a sheet for it (Space checks the current row); Edit ▸ Undo removes it again.</numerusform>
            <numerusform>The import found %Ln personas without a character sheet. Check the ones to create a sheet for (Space checks the current row); Edit ▸ Undo removes them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Create %Ln Character</numerusform>
            <numerusform>Create %Ln Characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <location filename="../widgets/plan/planpage.cpp" line="+341"/>
        <source>%1 — %n character(s)</source>
        <translation>
            <numerusform>%1 — %n character</numerusform>
            <numerusform>%1 — %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+25"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%1 in the plan for %n character(s)</source>
        <translation>
            <numerusform>%1 in the plan for %n character</numerusform>
            <numerusform>%1 in the plan for %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message numerus="yes">
        <location filename="../widgets/document/projectdocument.cpp" line="+184"/>
        <source>Set %1 tier to %Ln record(s)</source>
        <translation>
            <numerusform>Set %1 tier to %Ln record</numerusform>
            <numerusform>Set %1 tier to %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Set %1 to %Ln record(s)</source>
        <translation>
            <numerusform>Set %1 to %Ln record</numerusform>
            <numerusform>Set %1 to %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message numerus="yes">
        <location filename="../widgets/generate/providerdialog.cpp" line="+254"/>
        <source>%n model(s) offered by the endpoint.</source>
        <translation>
            <numerusform>%n model offered by the endpoint.</numerusform>
            <numerusform>%n models offered by the endpoint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../widgets/review/reviewpage.cpp" line="+220"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+657"/>
        <source>Reason for the %Ln record(s):</source>
        <translation>
            <numerusform>Reason for %Ln record:</numerusform>
            <numerusform>Reason for the %Ln records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reject %Ln record(s)</source>
        <translation>
            <numerusform>Reject %Ln record</numerusform>
            <numerusform>Reject %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accept %Ln record(s)</source>
        <translation>
            <numerusform>Accept %Ln record</numerusform>
            <numerusform>Accept %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset %Ln record(s)</source>
        <translation>
            <numerusform>Reset %Ln record</numerusform>
            <numerusform>Reset %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%1 — %Ln record(s)</source>
        <translation>
            <numerusform>%1 — %Ln record</numerusform>
            <numerusform>%1 — %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Remove the %Ln record(s) imported from %1?</source>
        <translation>
            <numerusform>Remove the %Ln record imported from %1?</numerusform>
            <numerusform>Remove the %Ln records imported from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them have a review decision, which goes with them.</source>
        <translation>
            <numerusform>%Ln of them has a review decision, which goes with it.</numerusform>
            <numerusform>%Ln of them have a review decision, which goes with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Removing %Ln record(s) imported from %1…</source>
        <translation>
            <numerusform>Removing %Ln record imported from %1…</numerusform>
            <numerusform>Removing %Ln records imported from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Import of %Ln File(s)</source>
        <translation>
            <numerusform>Import of %Ln File</numerusform>
            <numerusform>Import of %Ln Files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+369"/>
        <source>Removed %Ln record(s) imported from %1 — Backspace or Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Removed %Ln record imported from %1 — Backspace or Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Removed %Ln records imported from %1 — Backspace or Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-360"/>
        <source>Importing %Ln file(s)… %1 % · &lt;b&gt;Esc&lt;/b&gt; stop</source>
        <translation>
            <numerusform>Importing %Ln file… %1 % · &lt;b&gt;Esc&lt;/b&gt; stop</numerusform>
            <numerusform>Importing %Ln files… %1 % · &lt;b&gt;Esc&lt;/b&gt; stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln record(s) imported</source>
        <translation>
            <numerusform>%Ln record imported</numerusform>
            <numerusform>%Ln records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln record skipped</numerusform>
            <numerusform>%Ln records skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform>
            <numerusform>%Ln lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) imported.</source>
        <translation>
            <numerusform>%Ln record imported.</numerusform>
            <numerusform>%Ln records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln line(s) name no character (no persona, no “You are NAME” system message): Import as Character… stores them as the one you choose.</source>
        <translation>
            <numerusform>%Ln line names no character (no persona, no “You are NAME” system message): Import as Character… stores it as the one you choose.</numerusform>
            <numerusform>%Ln lines name no character (no persona, no “You are NAME” system message): Import as Character… stores them as the one you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) stored with a part of their line left out (more system messages, messages after the last reply): see the details.</source>
        <translation>
            <numerusform>%Ln record stored with a part of its line left out (more system messages, messages after the last reply): see the details.</numerusform>
            <numerusform>%Ln records stored with a part of their line left out (more system messages, messages after the last reply): see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>No character sheet for %Ln persona(s), the most records first: %1 and %2 more.</source>
        <translation>
            <numerusform>No character sheet for %Ln persona, the most records first: %1 and %2 more.</numerusform>
            <numerusform>No character sheet for %Ln personas, the most records first: %1 and %2 more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The character for the %Ln line(s) that name none (type a name for a new one):</source>
        <translation>
            <numerusform>The character for the %Ln line that names none (type a name for a new one):</numerusform>
            <numerusform>The character for the %Ln lines that name none (type a name for a new one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Create %Ln Character(s)</source>
        <translation>
            <numerusform>Create %Ln Character</numerusform>
            <numerusform>Create %Ln Characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>New sheets for %Ln character(s): complete them in the Characters mode (Edit ▸ Undo removes them).</source>
        <translation>
            <numerusform>New sheet for %Ln character: complete it in the Characters mode (Edit ▸ Undo removes it).</numerusform>
            <numerusform>New sheets for %Ln characters: complete them in the Characters mode (Edit ▸ Undo removes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln more</numerusform>
            <numerusform>… %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>Undo stopped after %1 of %Ln record(s) — Backspace undoes the rest.</source>
        <translation>
            <numerusform>Undo stopped after %1 of %Ln record — Backspace undoes the rest.</numerusform>
            <numerusform>Undo stopped after %1 of %Ln records — Backspace undoes the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after %1 of %Ln record(s); they keep their new state — Backspace undoes them.</source>
        <translation>
            <numerusform>Stopped after %1 of %Ln record; it keeps its new state — Backspace undoes it.</numerusform>
            <numerusform>Stopped after %1 of %Ln records; they keep their new state — Backspace undoes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only %1 of %Ln record(s) could be stored: %2</source>
        <translation>
            <numerusform>Only %1 of %Ln record could be stored: %2</numerusform>
            <numerusform>Only %1 of %Ln records could be stored: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message numerus="yes">
        <location filename="../models/exporting/finetunevalidator.cpp" line="-343"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln example(s)</source>
        <translation>
            <numerusform>%Ln example</numerusform>
            <numerusform>%Ln examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… %Ln more problem(s)</source>
        <translation>
            <numerusform>… %Ln more problem</numerusform>
            <numerusform>… %Ln more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_generate.cpp" line="+85"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Run %1: %2 in %3, %Ln request(s).</source>
        <translation>
            <numerusform>Run %1: %2 in %3, %Ln request.</numerusform>
            <numerusform>Run %1: %2 in %3, %Ln requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_quality.cpp" line="+86"/>
        <source>%Ln record(s) checked in %1 s</source>
        <translation>
            <numerusform>%Ln record checked in %1 s</numerusform>
            <numerusform>%Ln records checked in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_generate.cpp" line="-9"/>
        <location filename="../app/cli/cmd_plan.cpp" line="+58"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_plan.cpp" line="+1"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="+54"/>
        <source>%1: %Ln record(s) removed</source>
        <translation>
            <numerusform>%1: %Ln record removed</numerusform>
            <numerusform>%1: %Ln records removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln with a review decision)</source>
        <translation>
            <numerusform> (%Ln with a review decision)</numerusform>
            <numerusform> (%Ln with a review decision)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n line(s) name no persona: --persona NAME imports them as NAME&apos;s.</source>
        <translation>
            <numerusform>%n line names no persona: --persona NAME imports it as NAME&apos;s.</numerusform>
            <numerusform>%n lines name no persona: --persona NAME imports them as NAME&apos;s.</numerusform>
        </translation>
    </message>
</context>
</TS>
