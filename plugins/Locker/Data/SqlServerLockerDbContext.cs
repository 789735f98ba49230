using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker.Data;

public sealed class SqlServerLockerDbContext(DbContextOptions<SqlServerLockerDbContext> options) : LockerDbContext(options);
