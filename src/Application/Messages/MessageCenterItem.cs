using Campus.Domain.Communication;

namespace Campus.Application.Messages;

/// <summary>One announcement or teacher message as the Message Center lists it.</summary>
public sealed record MessageCenterItem(
    MessageKind Kind,
    int Id,
    string Title,
    string Body,
    string From,
    string? StudentName,
    DateTime SentAtUtc,
    bool IsRead);
