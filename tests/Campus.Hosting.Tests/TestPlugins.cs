using Campus.Testing;

namespace Campus.Hosting.Tests;

/// <summary>Plugin folders for hosts that load test-only plugins beside the shipped ones.</summary>
internal static class TestPlugins
{
    /// <summary>Where this project's build copies the test-only plugins (see CopyTestPluginsToOutput in the csproj).</summary>
    public static string BuiltFolder { get; } = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    /// <summary>A new temp plugins folder holding the web project's built plugins and the named test-only ones; deleted on dispose.</summary>
    public static TempPluginsFolder FolderWith(params string[] testPluginIds)
    {
        var pluginsPath = TestPaths.NewTempFolder("plugins");
        CopyFolder(TestPaths.BuiltPluginsFolder, pluginsPath);
        foreach (var id in testPluginIds)
        {
            var source = Path.Combine(BuiltFolder, id);
            if (!File.Exists(Path.Combine(source, "plugin.json")))
            {
                throw new InvalidOperationException($"Test plugin '{id}' was not built into {source}; build Campus.Hosting.Tests.");
            }

            CopyFolder(source, Path.Combine(pluginsPath, id));
        }

        return new TempPluginsFolder(pluginsPath);
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A plugins folder made for one host. Dispose it after the host.</summary>
internal sealed class TempPluginsFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A plugin file still held open; the temp folder is cleaned by the OS.
        }
    }
}
