using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker.Data;

public sealed class SqliteLockerDbContext(DbContextOptions<SqliteLockerDbContext> options) : LockerDbContext(options);
