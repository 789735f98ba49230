using Campus.Domain.Auditing;
using Campus.Domain.Organization;
using Campus.Domain.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => a.OccurredAtUtc);
    }
}

internal sealed class PluginSettingConfiguration : IEntityTypeConfiguration<PluginSetting>
{
    public void Configure(EntityTypeBuilder<PluginSetting> builder)
    {
        builder.Property(p => p.PluginId).HasMaxLength(64);
        builder.HasIndex(p => new { p.PluginId, p.SchoolId }).IsUnique();
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId);
    }
}
