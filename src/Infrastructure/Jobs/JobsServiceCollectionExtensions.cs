using Campus.Infrastructure.Persistence;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Hangfire (storage chosen by <c>Database:Provider</c>), its server, and every plugin's recurring jobs.</summary>
    public static IServiceCollection AddCampusJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(HangfireLogging.Provider);
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(() => new SqlConnection(database.ConnectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
            }
            else
            {
                // SQLite has no Hangfire storage maintained alongside Hangfire itself, and the embedded default runs one
                // host. In-memory storage is enough because no job holds state of its own: the outbox table is the
                // source of truth, recurring jobs are registered again at every start, and at start (and every minute)
                // the outbox sweep enqueues again whatever an in-memory queue lost with the process.
                config.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(options =>
        {
            options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Min(Environment.ProcessorCount * 5, 20));
            options.SchedulePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:SchedulePollingSeconds", 15.0));
        });

        services.AddHostedService<HangfireLogging>();
        services.AddScoped<PluginJobRunner>();
        services.AddScoped<DueChangeRequestsJob>();
        services.AddHostedService<DueChangeRequestsJob.Schedule>();
        services.AddHostedService<PluginJobSchedule>();
        return services;
    }
}
