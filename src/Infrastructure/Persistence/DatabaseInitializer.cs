using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Identity;
using Campus.Infrastructure.Plugins;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date at start-up: core and plugin migrations, roles, and on an empty database
/// where configured (by default in development only) the demo district.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceProvider services,
    CampusDbContext db,
    DatabaseSettings database,
    PluginCatalog plugins,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (database.MigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }

        foreach (var role in CampusRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? environment.IsDevelopment();
        if (seedDemo && !await db.Districts.AnyAsync(cancellationToken))
        {
            await services.GetRequiredService<DemoDistrictSeeder>().SeedAsync(cancellationToken);
            foreach (var (pluginId, seederType) in plugins.DemoSeeders)
            {
                logger.LogInformation("Seeding demo data of plugin {PluginId}", pluginId);
                await ((Campus.Application.Plugins.IDemoDataSeeder)services.GetRequiredService(seederType)).SeedAsync(cancellationToken);
            }
        }
    }

    /// <summary>Applies every pending migration of the core and of each plugin's DbContext.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Readers do not block the writer and the writer does not block readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var (pluginId, contextType) in plugins.DbContexts)
        {
            logger.LogInformation("Migrating database of plugin {PluginId}", pluginId);
            var context = (DbContext)services.GetRequiredService(contextType);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
