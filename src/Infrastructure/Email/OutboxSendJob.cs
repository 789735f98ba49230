using System.ComponentModel;
using Campus.Domain.Email;
using Campus.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.Email;

/// <summary>
/// Sends one outbox row. A job first claims the row (Pending → Sending in one conditional UPDATE); only the job whose
/// UPDATE changed the row may send it, so a row is never sent by two jobs at once and never again once Sent.
/// Transient failures put the row back to Pending and schedule a retry after the next configured delay.
/// </summary>
public sealed class OutboxSendJob(
    CampusDbContext db,
    IMailTransport transport,
    SmtpSettings smtp,
    EmailSettings settings,
    IBackgroundJobClient jobs,
    TimeProvider time,
    ILogger<OutboxSendJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Send outbox message {0}")]
    public async Task SendAsync(long outboxMessageId, CancellationToken cancellationToken)
    {
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == outboxMessageId && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.DispatchedAtUtc, UtcNow),
                cancellationToken);
        if (claimed == 0)
        {
            logger.LogDebug("Outbox message {OutboxMessageId} is sent, failed or being sent by another job; nothing to do", outboxMessageId);
            return;
        }

        var row = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == outboxMessageId, cancellationToken);
        try
        {
            await transport.SendAsync(row.Id, OutboxMimeMessage.Create(row, smtp.From), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: give the row back so that the next start (or the sweep) sends it.
            await SetAsync(row.Id, OutboxStatus.Pending, lastError: null, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(row, SendFailure.From(exception));
            return;
        }

        await db.OutboxMessages
            .Where(m => m.Id == row.Id && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAtUtc, UtcNow).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        logger.LogInformation("Outbox message {OutboxMessageId} sent on attempt {Attempt}", row.Id, row.Attempts);
    }

    private async Task RecordFailureAsync(OutboxMessage row, SendFailure failure)
    {
        if (failure.IsPermanent || row.Attempts >= settings.MaxAttempts)
        {
            await SetAsync(row.Id, OutboxStatus.Failed, failure.Reason, CancellationToken.None);
            logger.LogWarning("Outbox message {OutboxMessageId} failed after {Attempts} attempt(s): {Reason}", row.Id, row.Attempts, failure.Reason);
            return;
        }

        var delay = settings.RetryDelays[row.Attempts - 1];
        await SetAsync(row.Id, OutboxStatus.Pending, failure.Reason, CancellationToken.None);
        jobs.Schedule<OutboxSendJob>(j => j.SendAsync(row.Id, CancellationToken.None), delay);
        logger.LogInformation("Outbox message {OutboxMessageId} attempt {Attempt} failed ({Reason}); retrying in {Delay}", row.Id, row.Attempts, failure.Reason, delay);
    }

    /// <summary>Leaves the Sending state this job holds; the dispatch time restarts the sweep's clock for the row.</summary>
    private Task<int> SetAsync(long id, OutboxStatus status, string? lastError, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, status).SetProperty(m => m.LastError, lastError).SetProperty(m => m.DispatchedAtUtc, UtcNow),
                cancellationToken);

    private DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
