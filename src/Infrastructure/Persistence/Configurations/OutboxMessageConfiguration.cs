using Campus.Domain.ChangeRequests;
using Campus.Domain.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campus.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(128);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Subject).HasMaxLength(256);
        builder.Property(m => m.TextBody).HasMaxLength(8000);
        builder.Property(m => m.HtmlBody).HasMaxLength(16000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasOne<ChangeRequest>().WithMany().HasForeignKey(m => m.ChangeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Status, m.DispatchedAtUtc });
        builder.HasIndex(m => m.ChangeRequestId);
    }
}
