using System.Text.Json;
using Campus.Plugins.Locker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Campus.Plugins.Locker.Tests;

public class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var context = new SqliteLockerDbContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "Add a SQLite migration for SqliteLockerDbContext.");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var context = new SqlServerLockerDbContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "Add a SQL Server migration for SqlServerLockerDbContext.");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteLockerDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerLockerDbContextFactory().CreateDbContext([]);
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(sqlServer.Database.GetMigrations());
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(sqlServer.Database.GetMigrations()));
    }

    [Fact]
    public void History_table_is_the_one_the_host_names_after_the_plugin_id()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var hostName = $"__{manifest.RootElement.GetProperty("id").GetString()}_MigrationsHistory";

        Assert.Equal("__locker_MigrationsHistory", hostName);
        Assert.Equal(LockerDbContext.MigrationsHistoryTable, hostName);
        using var sqlite = new SqliteLockerDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerLockerDbContextFactory().CreateDbContext([]);
        Assert.Equal(hostName, HistoryTable(sqlite));
        Assert.Equal(hostName, HistoryTable(sqlServer));
    }

    private static string? HistoryTable(DbContext context) =>
        RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).MigrationsHistoryTableName;
}
