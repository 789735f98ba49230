using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Persistence;

/// <summary>
/// Which database the host uses and how every DbContext (core and plugins) is pointed at it. Read from
/// <c>Database:Provider</c>, <c>ConnectionStrings:Campus</c> and <c>Storage:DataPath</c>.
/// </summary>
public sealed class DatabaseSettings
{
    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    public required bool MigrateOnStartup { get; init; }

    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var connectionString = configuration.GetConnectionString("Campus");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("ConnectionStrings:Campus is required when Database:Provider is SqlServer.");
            }

            var dataPath = StoragePaths.DataFolder(configuration, environment);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "campus.db") }.ToString();
        }

        // The embedded database is migrated on every start; a server database only where configured or in development.
        var migrate = configuration.GetValue<bool?>("Database:MigrateOnStartup")
            ?? (provider == DatabaseProvider.Sqlite || environment.IsDevelopment());
        return new DatabaseSettings { Provider = provider, ConnectionString = connectionString, MigrateOnStartup = migrate };
    }

    /// <summary>Points a DbContext at the database, with the migrations of <paramref name="migrationsAssembly"/>.</summary>
    public void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string? migrationsHistoryTable = null)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, o =>
                {
                    o.MigrationsAssembly(migrationsAssembly);
                    if (migrationsHistoryTable is not null)
                    {
                        o.MigrationsHistoryTable(migrationsHistoryTable);
                    }
                });
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(ConnectionString, o =>
                {
                    o.MigrationsAssembly(migrationsAssembly);
                    o.EnableRetryOnFailure();
                    if (migrationsHistoryTable is not null)
                    {
                        o.MigrationsHistoryTable(migrationsHistoryTable);
                    }
                });
                break;
        }
    }
}
