using Campus.Application.Plugins;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.Plugins;

/// <summary>
/// Loads every plugin folder under the plugins path, one McMaster loader per plugin, created once at start-up.
/// A folder that cannot be loaded is skipped with its reason; the host keeps going.
/// </summary>
public static class PluginFolderLoader
{
    /// <summary>Types whose assemblies the host and the plugins must share, so that a plugin's types are the host's.</summary>
    private static readonly Type[] SharedTypes =
    [
        typeof(IPortalPlugin),
        typeof(Campus.Domain.People.Student),
        typeof(DbContext),
        typeof(Microsoft.EntityFrameworkCore.Migrations.Migration),
        typeof(IServiceCollection),
        typeof(PageModel),
        typeof(ILogger),
    ];

    public static (IReadOnlyList<LoadedPlugin> Loaded, IReadOnlyList<RejectedPlugin> Rejected) LoadAll(string pluginsPath, ILogger logger)
    {
        var loaded = new List<LoadedPlugin>();
        var rejected = new List<RejectedPlugin>();
        if (!Directory.Exists(pluginsPath))
        {
            logger.LogWarning("Plugins folder {PluginsPath} does not exist; no plugins loaded", pluginsPath);
            return (loaded, rejected);
        }

        foreach (var folder in Directory.GetDirectories(pluginsPath).Order(StringComparer.Ordinal))
        {
            // A broken plugin, whatever the fault, costs only itself: the host starts without it.
            try
            {
                var plugin = Load(folder);
                if (loaded.Any(p => p.Manifest.Id == plugin.Manifest.Id))
                {
                    throw new PluginRejectedException($"another folder already holds plugin '{plugin.Manifest.Id}'.");
                }

                loaded.Add(plugin);
                logger.LogInformation("Loaded plugin {PluginId} {PluginVersion} from {PluginFolder}", plugin.Manifest.Id, plugin.Manifest.Version, folder);
            }
            catch (Exception ex)
            {
                rejected.Add(new RejectedPlugin(folder, ex.Message));
                logger.LogError("Skipped plugin folder {PluginFolder}: {Reason}", folder, ex.Message);
            }
        }

        var missingDependencies = loaded
            .SelectMany(p => p.Manifest.DependsOn.Where(d => loaded.All(o => o.Manifest.Id != d)).Select(d => (Plugin: p, Dependency: d)))
            .ToList();
        foreach (var (plugin, dependency) in missingDependencies)
        {
            loaded.Remove(plugin);
            rejected.Add(new RejectedPlugin(plugin.Folder, $"it depends on plugin '{dependency}', which is not loaded."));
            logger.LogError("Skipped plugin {PluginId}: it depends on {Dependency}, which is not loaded", plugin.Manifest.Id, dependency);
        }

        return (loaded, rejected);
    }

    private static LoadedPlugin Load(string folder)
    {
        var manifest = PluginManifestReader.Read(folder);
        var loader = PluginLoader.CreateFromAssemblyFile(
            Path.Combine(folder, manifest.Assembly),
            SharedTypes,
            config => config.PreferSharedTypes = true);
        var assembly = loader.LoadDefaultAssembly();
        var entryPoints = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPortalPlugin).IsAssignableFrom(t))
            .ToList();
        if (entryPoints.Count != 1)
        {
            throw new PluginRejectedException($"{manifest.Assembly} must hold exactly one public {nameof(IPortalPlugin)} class; it holds {entryPoints.Count}.");
        }

        var entryPoint = (IPortalPlugin)Activator.CreateInstance(entryPoints[0])!;
        return new LoadedPlugin(manifest, folder, assembly, loader, entryPoint);
    }
}
