using System.Net;
using System.Runtime.Loader;
using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Plugins;
using Campus.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Hosting.Tests;

public sealed class PluginLoadingTests
{
    /// <summary>Assemblies the host provides; a copy of any of them inside a plugin would split its types from the host's.</summary>
    private static bool IsShared(string assemblyName) =>
        assemblyName is "Campus.Domain" or "Campus.Application"
        || assemblyName.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.Extensions", StringComparison.Ordinal);

    [Fact]
    public async Task Broken_plugin_folders_are_skipped_with_a_reason_and_the_host_still_serves()
    {
        var pluginsPath = TestPaths.NewTempFolder("plugins");
        CopyFolder(TestPaths.BuiltPluginsFolder, pluginsPath);
        WritePlugin(pluginsPath, "malformed", "{ this is not json");
        WritePlugin(pluginsPath, "other-api", """{ "id": "future", "name": "Future", "version": "1.0.0", "assembly": "Campus.Plugins.Locker.dll", "hostApi": "999" }""");
        WritePlugin(pluginsPath, "missing-dll", """{ "id": "ghost", "name": "Ghost", "version": "1.0.0", "assembly": "Ghost.dll", "hostApi": "1" }""");
        Directory.CreateDirectory(Path.Combine(pluginsPath, "no-manifest"));

        using var host = new CampusWebFactory { PluginsPath = pluginsPath };
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        Assert.Equal(["locker"], catalog.Loaded.Select(p => p.Manifest.Id));
        Assert.Equal(4, catalog.Rejected.Count);
        Assert.Contains(catalog.Rejected, r => r.Folder.EndsWith("malformed") && r.Reason.Contains("not valid JSON"));
        Assert.Contains(catalog.Rejected, r => r.Folder.EndsWith("other-api") && r.Reason.Contains("host API 999"));
        Assert.Contains(catalog.Rejected, r => r.Folder.EndsWith("missing-dll") && r.Reason.Contains("Ghost.dll"));
        Assert.Contains(catalog.Rejected, r => r.Folder.EndsWith("no-manifest") && r.Reason.Contains("plugin.json is missing"));
        var studentId = (await DemoFamilies.ParentStudentIdsAsync(host))[0];
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/students/{studentId}/locker")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        var page = await admin.GetDocumentAsync("/admin/plugins");
        var reasons = page.QuerySelectorAll("#rejected-heading ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("other-api") && r.Contains("host API 999"));
    }

    [Fact]
    public async Task No_shared_assembly_is_loaded_again_into_a_plugin_or_shipped_in_its_folder()
    {
        using var host = new CampusWebFactory();
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var studentId = (await DemoFamilies.ParentStudentIdsAsync(host))[0];
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/students/{studentId}/locker")).StatusCode);

        var plugin = Assert.Single(host.Services.GetRequiredService<PluginCatalog>().Loaded);
        var context = AssemblyLoadContext.GetLoadContext(plugin.Assembly)!;
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Contains(context.Assemblies, a => a == plugin.Assembly);
        Assert.DoesNotContain(context.Assemblies, a => IsShared(a.GetName().Name!));
        Assert.DoesNotContain(Directory.GetFiles(plugin.Folder, "*.dll"), f => IsShared(Path.GetFileNameWithoutExtension(f)));
    }

    private static void WritePlugin(string pluginsPath, string folder, string manifest)
    {
        var path = Path.Combine(pluginsPath, folder);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "plugin.json"), manifest);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
