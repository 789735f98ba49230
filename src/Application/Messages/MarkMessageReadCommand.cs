using Campus.Application.Abstractions;
using Campus.Domain.Communication;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Messages;

/// <summary>Records that the signed-in guardian read a message they can see; anything else is ignored.</summary>
public sealed class MarkMessageReadCommand(ICampusDbContext db, ICurrentUser user, MessageCenterQuery messages, DistrictClock clock)
{
    public async Task<bool> RunAsync(MessageKind kind, int messageId, CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int guardianId)
        {
            return false;
        }

        var visible = await messages.RunAsync(cancellationToken);
        var item = visible.FirstOrDefault(m => m.Kind == kind && m.Id == messageId);
        if (item is null)
        {
            return false;
        }

        if (!item.IsRead && !await db.MessageReceipts.AnyAsync(
                r => r.GuardianId == guardianId && r.Kind == kind && r.MessageId == messageId, cancellationToken))
        {
            db.MessageReceipts.Add(new MessageReceipt { GuardianId = guardianId, Kind = kind, MessageId = messageId, ReadAtUtc = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
