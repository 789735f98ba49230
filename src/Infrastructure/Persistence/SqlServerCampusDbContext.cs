using Microsoft.EntityFrameworkCore;

namespace Campus.Infrastructure.Persistence;

public sealed class SqlServerCampusDbContext(DbContextOptions<SqlServerCampusDbContext> options) : CampusDbContext(options);
