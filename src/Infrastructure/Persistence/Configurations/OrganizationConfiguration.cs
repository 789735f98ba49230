using Campus.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ComplexProperty(s => s.Grades, g =>
        {
            g.Property(x => x.Lowest).HasColumnName("LowestGrade");
            g.Property(x => x.Highest).HasColumnName("HighestGrade");
        });
        builder.HasOne(s => s.District).WithMany(d => d.Schools).HasForeignKey(s => s.DistrictId);
    }
}

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> builder)
    {
        builder.HasOne<District>().WithMany().HasForeignKey(y => y.DistrictId);
        builder.HasMany(y => y.Terms).WithOne(t => t.SchoolYear).HasForeignKey(t => t.SchoolYearId);
    }
}

internal sealed class StaffConfiguration : IEntityTypeConfiguration<StaffSchool>
{
    public void Configure(EntityTypeBuilder<StaffSchool> builder)
    {
        builder.HasKey(s => new { s.StaffMemberId, s.SchoolId });
        builder.HasOne<StaffMember>().WithMany(m => m.Schools).HasForeignKey(s => s.StaffMemberId);
        builder.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId);
    }
}
