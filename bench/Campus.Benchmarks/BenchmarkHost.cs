using Campus.Infrastructure;
using Campus.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Campus.Benchmarks;

/// <summary>The real infrastructure (no web host) on a fresh SQLite file in a temp folder, deleted on dispose.</summary>
public sealed class BenchmarkHost : IDisposable
{
    private BenchmarkHost(IHost host, string dataPath, IConfiguration configuration)
    {
        Host = host;
        DataPath = dataPath;
        Configuration = configuration;
    }

    public IHost Host { get; }

    public string DataPath { get; }

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<BenchmarkHost> CreateAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "campus-bench", Guid.NewGuid().ToString("N"));
        var pluginsPath = Directory.CreateDirectory(Path.Combine(dataPath, "no-plugins")).FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, ContentRootPath = dataPath });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Storage:DataPath"] = dataPath,
            ["Plugins:Path"] = pluginsPath,
            ["Demo:Seed"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var startupLogs = LoggerFactory.Create(b => b.AddConsole());
        builder.Services.AddCampusInfrastructure(builder.Configuration, builder.Environment, startupLogs.CreateLogger("Campus.Plugins"));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        return new BenchmarkHost(host, dataPath, builder.Configuration);
    }

    public void Dispose()
    {
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }
}
