using Microsoft.EntityFrameworkCore;

namespace Campus.Plugins.Locker.Data;

/// <summary>
/// The plugin's own tables (prefixed <c>Locker_</c>). Each provider has a subclass that carries its migrations;
/// the host picks one and points it at the shared database with <see cref="MigrationsHistoryTable"/>.
/// </summary>
public abstract class LockerDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The host names it <c>__{plugin id}_MigrationsHistory</c>; the design-time factories must agree.</summary>
    public const string MigrationsHistoryTable = "__locker_MigrationsHistory";

    public DbSet<Locker> Lockers => Set<Locker>();
    public DbSet<LockerAssignment> Assignments => Set<LockerAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Locker>(locker =>
        {
            locker.ToTable("Locker_Lockers");
            locker.Property(l => l.Number).HasMaxLength(16);
            locker.Property(l => l.Location).HasMaxLength(128);
            locker.Property(l => l.Combination).HasMaxLength(16);
            locker.HasIndex(l => new { l.SchoolId, l.Number }).IsUnique();
        });

        modelBuilder.Entity<LockerAssignment>(assignment =>
        {
            assignment.ToTable("Locker_Assignments");
            assignment.HasOne(a => a.Locker).WithMany().HasForeignKey(a => a.LockerId).OnDelete(DeleteBehavior.Cascade);
            // One locker per student per year, and one student per locker per year.
            assignment.HasIndex(a => new { a.StudentId, a.SchoolYearId }).IsUnique();
            assignment.HasIndex(a => new { a.LockerId, a.SchoolYearId }).IsUnique();
        });
    }
}
