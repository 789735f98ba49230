using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Campus.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build each provider's context offline, to add migrations and script them.</summary>
public sealed class SqliteCampusDbContextFactory : IDesignTimeDbContextFactory<SqliteCampusDbContext>
{
    public SqliteCampusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCampusDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class SqlServerCampusDbContextFactory : IDesignTimeDbContextFactory<SqlServerCampusDbContext>
{
    public SqlServerCampusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCampusDbContext>()
            .UseSqlServer("Server=localhost;Database=Campus;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
