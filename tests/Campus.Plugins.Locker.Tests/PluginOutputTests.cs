namespace Campus.Plugins.Locker.Tests;

/// <summary>The plugin's build output is what the host copies into its plugins folder; shared assemblies must not be in it.</summary>
public class PluginOutputTests
{
    [Fact]
    public void Output_holds_the_plugin_and_no_shared_assemblies()
    {
        // tests/Campus.Plugins.Locker.Tests/bin/{Configuration}/{TargetFramework}/ → plugins/Locker/bin/{Configuration}/{TargetFramework}/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var targetFramework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var pluginOutput = Path.Combine(repository, "plugins", "Locker", "bin", configuration, targetFramework);

        var files = Directory.GetFiles(pluginOutput, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(pluginOutput, f))
            .Where(f => !f.StartsWith("BuildHost-", StringComparison.Ordinal)) // left by dotnet ef, never copied to the host
            .ToList();

        Assert.Contains("plugin.json", files);
        Assert.Contains("Campus.Plugins.Locker.dll", files);
        Assert.DoesNotContain(files, f => f.StartsWith("runtimes", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) && f != "Campus.Plugins.Locker.dll");
    }
}
