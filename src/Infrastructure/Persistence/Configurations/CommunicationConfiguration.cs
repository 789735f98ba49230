using Campus.Domain.Communication;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId);
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.StartsAtUtc);
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.Property(a => a.Body).HasMaxLength(4000);
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictId);
        builder.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.PublishedAtUtc);
    }
}

internal sealed class TeacherMessageConfiguration : IEntityTypeConfiguration<TeacherMessage>
{
    public void Configure(EntityTypeBuilder<TeacherMessage> builder)
    {
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.HasOne(m => m.Teacher).WithMany().HasForeignKey(m => m.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId);
        builder.HasIndex(m => m.StudentId);
    }
}

internal sealed class MessageReceiptConfiguration : IEntityTypeConfiguration<MessageReceipt>
{
    public void Configure(EntityTypeBuilder<MessageReceipt> builder)
    {
        builder.HasIndex(r => new { r.GuardianId, r.Kind, r.MessageId }).IsUnique();
        builder.HasOne<Guardian>().WithMany().HasForeignKey(r => r.GuardianId);
    }
}
