#pragma once
// ProjectFolder: keeps the studio's reads and writes of project files inside the project folder.
// A project folder may come from anywhere (a download, a colleague's archive); a sheet that is a
// symbolic link to ~/.ssh/id_rsa, or a sheets folder that is a link to /etc, must neither be
// written through (saving, autosave, new character) nor read and sent to a model as a prompt.
// Links that stay inside the project are fine. Used by Project::open, Project::save, the sheet
// editor and the sheet file commands.

#include <QString>

class ProjectFolder
{
public:
    // Empty when `path` (a file or folder in the project, existing or not yet) stays inside
    // `projectDir` once every symbolic link on the way is followed; otherwise why not, in
    // words that name the path.
    static QString checkInside(const QString &projectDir, const QString &path);
};
