namespace LaosRights.Data.Tests.Support;

/// <summary>Files of this repository (the README, docs, the cookbook's source), found from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The full path of a file or folder given relative to the repository root (the folder with LaosRights.Data.sln).</summary>
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LaosRights.Data.sln")))
            {
                return System.IO.Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (with LaosRights.Data.sln) is not above " + AppContext.BaseDirectory);
    }
}
