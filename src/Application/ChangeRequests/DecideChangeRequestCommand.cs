using Campus.Application.Abstractions;
using Campus.Application.Email;
using Campus.Domain.Auditing;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Email;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// Approves (wholly or some fields) or rejects a request. The change to the real records, the audit rows and one
/// outbox row per recipient are written in one transaction; the emails are handed to the sender after it commits.
/// </summary>
public sealed class DecideChangeRequestCommand(
    ICampusDbContext db,
    ICurrentUser user,
    StaffRequestAccess access,
    ChangeRequestKinds kinds,
    ChangeRequestTargets targets,
    DecisionRecipients recipients,
    IDecisionEmailComposer composer,
    IOutboxDispatcher dispatcher,
    ChangeRequestApplier applier,
    ChangeRequestSettings settings,
    DistrictClock clock)
{
    public async Task<DecisionOutcome> RunAsync(DecideChangeRequest decision, CancellationToken cancellationToken)
    {
        var request = await access.Visible().Include(r => r.Fields).FirstOrDefaultAsync(r => r.Id == decision.RequestId, cancellationToken);
        if (request is null || kinds.Find(request.Kind) is not { } kind || user.UserId is not { } userId)
        {
            return DecisionOutcome.NotFound;
        }

        if (!request.IsPending || request.ConcurrencyStamp != decision.SeenStamp)
        {
            return DecisionOutcome.AlreadyDecided;
        }

        var rejecting = decision.Reject || decision.AcceptedFields.Count == 0;
        if (rejecting && string.IsNullOrWhiteSpace(decision.Reason))
        {
            return DecisionOutcome.ReasonRequired;
        }

        var now = clock.UtcNow;
        var targetId = ChangeRequestTargets.TargetId(request, kind.Target);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (rejecting)
            {
                request.Reject(decision.Reason!, userId, now);
            }
            else
            {
                request.Approve(decision.AcceptedFields, decision.Reason, userId, now);
            }

            // A change asked for a later date (a move next month) is applied on that date by a background job.
            if (!rejecting && !request.WaitsForEffectiveDate(clock.Today))
            {
                await applier.ApplyAsync(request, kind, userId, now, cancellationToken);
            }

            AuditDecision(request, userId, now);
            var outbox = await WriteEmailsAsync(request, kind, targetId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await dispatcher.DispatchAsync(outbox.Select(m => m.Id).ToList(), cancellationToken);
            return DecisionOutcome.Decided;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another reviewer decided first; nothing of this decision is kept.
            await transaction.RollbackAsync(cancellationToken);
            return DecisionOutcome.AlreadyDecided;
        }
    }

    private void AuditDecision(ChangeRequest request, string userId, DateTime now) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = now,
            UserId = userId,
            Action = AuditActions.ChangeRequestDecided,
            EntityType = "ChangeRequest",
            EntityId = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Detail = request.IsScheduled ? $"{request.Kind}: {request.Status}, to apply on {request.EffectiveDate:yyyy-MM-dd}" : $"{request.Kind}: {request.Status}",
        });

    private async Task<List<OutboxMessage>> WriteEmailsAsync(ChangeRequest request, IChangeRequestKind kind, int targetId, DateTime now, CancellationToken cancellationToken)
    {
        var targetName = await targets.NameAsync(kind.Target, targetId, cancellationToken);
        var studentName = request.StudentId is int studentId ? await targets.NameAsync(ChangeRequestTarget.Student, studentId, cancellationToken) : null;
        var messages = new List<OutboxMessage>();
        foreach (var guardian in await recipients.ForAsync(request, cancellationToken))
        {
            var email = composer.Compose(new DecisionEmail(guardian.PreferredLanguage, guardian.FullName, kind, request.Status, request.DecisionReason,
                targetName, studentName, request.EffectiveDate, request.Fields.OrderBy(f => f.Id).ToList()));
            var message = new OutboxMessage
            {
                MessageId = OutboxMessageIds.New(settings.MessageIdDomain),
                ToAddress = guardian.Email!,
                ToName = guardian.FullName,
                Subject = email.Subject,
                TextBody = email.TextBody,
                HtmlBody = email.HtmlBody,
                ChangeRequestId = request.Id,
                CreatedAtUtc = now,
            };
            db.OutboxMessages.Add(message);
            messages.Add(message);
        }

        return messages;
    }
}
