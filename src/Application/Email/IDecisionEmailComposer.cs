using Campus.Application.ChangeRequests;
using Campus.Domain.ChangeRequests;

namespace Campus.Application.Email;

/// <summary>Writes the decision email in the recipient's language; the web host implements it with its localizer.</summary>
public interface IDecisionEmailComposer
{
    ComposedEmail Compose(DecisionEmail email);
}

public sealed record DecisionEmail(
    string Culture,
    string RecipientName,
    IChangeRequestKind Kind,
    ChangeRequestStatus Status,
    string? Reason,
    string TargetName,
    string? StudentName,
    DateOnly? EffectiveDate,
    IReadOnlyList<ChangeRequestField> Fields);
