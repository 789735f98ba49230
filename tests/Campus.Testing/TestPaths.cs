using System.Reflection;

namespace Campus.Testing;

public static class TestPaths
{
    /// <summary>The plugins folder the web project's build fills (src/Web/bin/&lt;Configuration&gt;/net10.0/plugins).</summary>
    public static string BuiltPluginsFolder { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CampusPluginsPath").Value!;

    /// <summary>A new empty folder under the system temp folder, for one host's data.</summary>
    public static string NewTempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "campus-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
