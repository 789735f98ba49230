using Campus.Domain.ChangeRequests;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(64);
        builder.Property(r => r.DecisionReason).HasMaxLength(1000);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Guardian>().WithMany().HasForeignKey(r => r.RequestedByGuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Guardian>().WithMany().HasForeignKey(r => r.SubjectGuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Fields).WithOne().HasForeignKey(f => f.ChangeRequestId);
        builder.HasMany(r => r.Schools).WithOne().HasForeignKey(s => s.ChangeRequestId);
        builder.HasIndex(r => new { r.RequestedByGuardianId, r.SubmittedAtUtc });
        builder.HasIndex(r => new { r.Status, r.SubmittedAtUtc });
        builder.HasIndex(r => new { r.AppliedAtUtc, r.EffectiveDate });
    }
}

internal sealed class ChangeRequestFieldConfiguration : IEntityTypeConfiguration<ChangeRequestField>
{
    public void Configure(EntityTypeBuilder<ChangeRequestField> builder)
    {
        builder.Property(f => f.Field).HasMaxLength(128);
        builder.Property(f => f.Label).HasMaxLength(128);
        builder.Property(f => f.Subject).HasMaxLength(128);
        builder.Property(f => f.ValueAtSubmission).HasMaxLength(512);
        builder.Property(f => f.RequestedValue).HasMaxLength(512);
    }
}

internal sealed class ChangeRequestSchoolConfiguration : IEntityTypeConfiguration<ChangeRequestSchool>
{
    public void Configure(EntityTypeBuilder<ChangeRequestSchool> builder)
    {
        builder.HasKey(s => new { s.ChangeRequestId, s.SchoolId });
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SchoolId, s.ChangeRequestId });
    }
}
