using Campus.Application;
using Campus.Application.Abstractions;
using Campus.Infrastructure.Auditing;
using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Email;
using Campus.Infrastructure.Identity;
using Campus.Infrastructure.Jobs;
using Campus.Infrastructure.Persistence;
using Campus.Infrastructure.Plugins;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database, Identity, the district clock, auditing, background jobs and email, and every plugin found under
    /// <c>Plugins:Path</c>. Returns the plugin catalog so that the web host can add the plugins' pages.
    /// </summary>
    public static PluginCatalog AddCampusInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, ILogger startupLogger)
    {
        services.AddCampusApplication();

        var database = DatabaseSettings.From(configuration, environment);
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<CampusDbContext, SqlServerCampusDbContext>(o => database.Configure(o, typeof(CampusDbContext).Assembly));
        }
        else
        {
            services.AddDbContext<CampusDbContext, SqliteCampusDbContext>(o => database.Configure(o, typeof(CampusDbContext).Assembly));
        }

        services.AddScoped<ICampusDbContext>(sp => sp.GetRequiredService<CampusDbContext>());

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DistrictClock(
            sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(configuration["District:TimeZone"] ?? "America/Denver")));
        services.AddScoped<IAuditLog, AuditLog>();

        services.AddIdentity<CampusUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:LockoutMinutes", 15));
                options.Password.RequiredLength = 10;
            })
            .AddEntityFrameworkStores<CampusDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CampusClaimsPrincipalFactory>();

        // Sign-in cookies survive a restart: the keys live in the data folder, not in memory.
        services.AddDataProtection()
            .SetApplicationName("Campus")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(StoragePaths.DataFolder(configuration, environment), "keys")));

        services.AddHealthChecks().AddDbContextCheck<CampusDbContext>("database", tags: ["ready"]);

        services.AddCampusJobs(configuration, database);
        services.AddCampusEmail(configuration, environment);

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDistrictSeeder>();

        return services.AddCampusPlugins(configuration, environment, database, startupLogger);
    }

    private static PluginCatalog AddCampusPlugins(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseSettings database, ILogger logger)
    {
        var pluginsPath = Path.GetFullPath(configuration["Plugins:Path"] ?? Path.Combine(AppContext.BaseDirectory, "plugins"), environment.ContentRootPath);
        var (loaded, rejected) = PluginFolderLoader.LoadAll(pluginsPath, logger);
        var catalog = new PluginCatalog(loaded, rejected);
        foreach (var plugin in loaded)
        {
            plugin.EntryPoint.Register(new PluginBuilder(plugin.Manifest, services, database, catalog));
        }

        services.AddSingleton(catalog);
        services.AddSingleton<Campus.Application.Plugins.IPluginOwnership>(catalog);
        return catalog;
    }
}
