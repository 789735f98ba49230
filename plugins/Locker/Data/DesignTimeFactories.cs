using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Campus.Plugins.Locker.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context offline, with the same history table the host uses.</summary>
public sealed class SqliteLockerDbContextFactory : IDesignTimeDbContextFactory<SqliteLockerDbContext>
{
    public SqliteLockerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLockerDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(LockerDbContext.MigrationsHistoryTable))
            .Options);
}

public sealed class SqlServerLockerDbContextFactory : IDesignTimeDbContextFactory<SqlServerLockerDbContext>
{
    public SqlServerLockerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLockerDbContext>()
            .UseSqlServer(
                "Server=localhost;Database=Campus;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsHistoryTable(LockerDbContext.MigrationsHistoryTable))
            .Options);
}
