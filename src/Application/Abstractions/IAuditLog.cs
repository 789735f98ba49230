namespace Campus.Application.Abstractions;

public interface IAuditLog
{
    /// <summary>Writes one audit row at once, outside any unit of work the caller may have open.</summary>
    Task WriteAsync(string action, string entityType, string? entityId, string? detail, CancellationToken cancellationToken);
}
