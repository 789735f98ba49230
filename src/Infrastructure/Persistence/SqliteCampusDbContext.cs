using Microsoft.EntityFrameworkCore;

namespace Campus.Infrastructure.Persistence;

public sealed class SqliteCampusDbContext(DbContextOptions<SqliteCampusDbContext> options) : CampusDbContext(options);
