using Campus.Application.Plugins;

namespace Campus.Infrastructure.Plugins;

/// <summary>What the host found in its plugins folder at start-up, and what the loaded plugins registered.</summary>
public sealed class PluginCatalog : IPluginOwnership
{
    private readonly Dictionary<Type, string> owners = [];
    private readonly List<(string PluginId, StudentTab Tab)> studentTabs = [];
    private readonly List<(string PluginId, Type Provider)> studentCards = [];
    private readonly List<(string PluginId, Type Seeder)> demoSeeders = [];
    private readonly List<(string PluginId, Type Context)> dbContexts = [];
    private readonly List<PluginJobRegistration> jobs = [];

    public PluginCatalog(IReadOnlyList<LoadedPlugin> loaded, IReadOnlyList<RejectedPlugin> rejected)
    {
        Loaded = loaded;
        Rejected = rejected;
    }

    public IReadOnlyList<LoadedPlugin> Loaded { get; }
    public IReadOnlyList<RejectedPlugin> Rejected { get; }

    public IEnumerable<(string PluginId, StudentTab Tab)> StudentTabs => studentTabs.OrderBy(t => t.Tab.Order);

    public IReadOnlyList<(string PluginId, Type Provider)> StudentCards => studentCards;
    public IReadOnlyList<(string PluginId, Type Seeder)> DemoSeeders => demoSeeders;
    public IReadOnlyList<(string PluginId, Type Context)> DbContexts => dbContexts;
    public IReadOnlyList<PluginJobRegistration> Jobs => jobs;

    internal void AddStudentTab(string pluginId, StudentTab tab) => studentTabs.Add((pluginId, tab));
    internal void AddStudentCard(string pluginId, Type provider) => studentCards.Add((pluginId, provider));
    internal void AddDemoSeeder(string pluginId, Type seeder) => demoSeeders.Add((pluginId, seeder));
    internal void AddDbContext(string pluginId, Type context) => dbContexts.Add((pluginId, context));
    internal void AddJob(PluginJobRegistration job) => jobs.Add(job);

    internal void AddOwned(string pluginId, Type type) => owners[type] = pluginId;

    public string? PluginOf(Type registeredType) => owners.GetValueOrDefault(registeredType);
}
