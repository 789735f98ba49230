using Campus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campus.Infrastructure.Tests;

/// <summary>Each provider carries its own migration set; both must keep up with the one model. No server is needed.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.SqlServer)];

    private static CampusDbContext Create(string provider) => provider == nameof(DatabaseProvider.Sqlite)
        ? new SqliteCampusDbContextFactory().CreateDbContext([])
        : new SqlServerCampusDbContextFactory().CreateDbContext([]);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_do_not_lag_the_model(string provider)
    {
        using var db = Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag the model: run dotnet ef migrations add (see README).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_full_script_is_generated_offline(string provider)
    {
        using var db = Create(provider);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("Students", script);
        Assert.Contains("AspNetUsers", script);
    }

    [Fact]
    public async Task Sqlite_migrations_create_a_working_database_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"campus-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteCampusDbContext>().UseSqlite($"Data Source={file}").Options;
            await using (var db = new SqliteCampusDbContext(options))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(0, await db.Students.CountAsync());
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
