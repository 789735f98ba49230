using System.Reflection;
using Campus.Application.Plugins;
using McMaster.NETCore.Plugins;

namespace Campus.Infrastructure.Plugins;

public sealed record LoadedPlugin(PluginManifest Manifest, string Folder, Assembly Assembly, PluginLoader Loader, IPortalPlugin EntryPoint);
