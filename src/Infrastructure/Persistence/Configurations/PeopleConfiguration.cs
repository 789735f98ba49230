using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.HasIndex(s => s.LocalStudentNumber).IsUnique();
        builder.Property(s => s.LocalStudentNumber).HasMaxLength(32);
        builder.Property(s => s.StateId).HasMaxLength(32);
        builder.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.EmergencyContacts).WithOne().HasForeignKey(c => c.StudentId);
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ComplexProperty(h => h.Address, a =>
        {
            a.Property(x => x.Street).HasColumnName("Street").HasMaxLength(128);
            a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(128);
            a.Property(x => x.City).HasColumnName("City").HasMaxLength(64);
            a.Property(x => x.State).HasColumnName("State").HasMaxLength(32);
            a.Property(x => x.PostalCode).HasColumnName("PostalCode").HasMaxLength(16);
        });
        builder.Property(h => h.HomePhone).HasMaxLength(32);
    }
}

internal sealed class HouseholdGuardianConfiguration : IEntityTypeConfiguration<HouseholdGuardian>
{
    public void Configure(EntityTypeBuilder<HouseholdGuardian> builder)
    {
        builder.HasKey(x => new { x.HouseholdId, x.GuardianId });
        builder.HasOne(x => x.Household).WithMany(h => h.Guardians).HasForeignKey(x => x.HouseholdId);
        builder.HasOne(x => x.Guardian).WithMany(g => g.Households).HasForeignKey(x => x.GuardianId);
    }
}

internal sealed class HouseholdStudentConfiguration : IEntityTypeConfiguration<HouseholdStudent>
{
    public void Configure(EntityTypeBuilder<HouseholdStudent> builder)
    {
        builder.HasKey(x => new { x.HouseholdId, x.StudentId });
        builder.HasOne(x => x.Household).WithMany(h => h.Students).HasForeignKey(x => x.HouseholdId);
        builder.HasOne(x => x.Student).WithMany(s => s.Households).HasForeignKey(x => x.StudentId);
    }
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> builder)
    {
        builder.Property(g => g.CellPhone).HasMaxLength(32);
        builder.Property(g => g.WorkPhone).HasMaxLength(32);
        builder.Property(g => g.PreferredLanguage).HasMaxLength(16);
    }
}

internal sealed class GuardianStudentLinkConfiguration : IEntityTypeConfiguration<GuardianStudentLink>
{
    public void Configure(EntityTypeBuilder<GuardianStudentLink> builder)
    {
        builder.HasIndex(l => new { l.GuardianId, l.StudentId }).IsUnique();
        builder.HasOne(l => l.Guardian).WithMany(g => g.StudentLinks).HasForeignKey(l => l.GuardianId);
        builder.HasOne(l => l.Student).WithMany(s => s.GuardianLinks).HasForeignKey(l => l.StudentId);
    }
}

internal sealed class EmergencyContactConfiguration : IEntityTypeConfiguration<EmergencyContact>
{
    public void Configure(EntityTypeBuilder<EmergencyContact> builder)
    {
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.AlternatePhone).HasMaxLength(32);
        builder.HasIndex(c => new { c.StudentId, c.Priority });
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.HasIndex(s => s.Email).IsUnique();
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(128);
    }
}
