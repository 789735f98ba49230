using Campus.Application.Plugins;
using Campus.Infrastructure.Plugins;

namespace Campus.Infrastructure.Tests;

public sealed class PluginManifestReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("campus-manifest-").FullName;

    private void Write(string json, bool withAssembly = true)
    {
        File.WriteAllText(Path.Combine(folder, PluginManifestReader.FileName), json);
        if (withAssembly)
        {
            File.WriteAllText(Path.Combine(folder, "Sample.dll"), "");
        }
    }

    [Fact]
    public void Reads_a_complete_manifest()
    {
        Write($$"""{ "id": "sample", "name": "Sample", "version": "1.2.0", "description": "d", "assembly": "Sample.dll", "hostApi": "{{HostApi.Version}}", "dependsOn": ["locker"] }""");

        var manifest = PluginManifestReader.Read(folder);

        Assert.Equal("sample", manifest.Id);
        Assert.Equal(["locker"], manifest.DependsOn);
    }

    [Theory]
    [InlineData("""{ "id": "x" """, "not valid JSON")]
    [InlineData("""{ "id": "x", "assembly": "Sample.dll", "hostApi": "1" }""", "lacks name, version")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "assembly": "Sample.dll", "hostApi": "0" }""", "host API 0")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "assembly": "Other.dll", "hostApi": "1" }""", "Other.dll is not in the folder")]
    public void Rejects_a_bad_manifest_with_a_reason(string json, string reason)
    {
        Write(json);

        var error = Assert.Throws<PluginRejectedException>(() => PluginManifestReader.Read(folder));

        Assert.Contains(reason, error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
