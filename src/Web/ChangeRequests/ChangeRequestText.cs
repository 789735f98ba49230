using Campus.Application.ChangeRequests;
using Campus.Domain.ChangeRequests;
using Microsoft.Extensions.Localization;

namespace Campus.Web.ChangeRequests;

/// <summary>Localizes what a kind names with keys (its title, field labels, messages) in that kind's own resources.</summary>
public sealed class ChangeRequestText(IStringLocalizerFactory localizers, IStringLocalizer<SharedResource> text)
{
    public string Of(IChangeRequestKind kind, string key) => localizers.Create(kind.ResourceSource)[key];

    public string Title(IChangeRequestKind kind) => Of(kind, kind.TitleKey);

    public string FieldName(IChangeRequestKind kind, string labelKey, string? subject) =>
        subject is null ? Of(kind, labelKey) : $"{subject}: {Of(kind, labelKey)}";

    public string Status(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Pending => text["Pending"],
        ChangeRequestStatus.Approved => text["Approved"],
        ChangeRequestStatus.PartlyApproved => text["Partly approved"],
        ChangeRequestStatus.Rejected => text["Rejected"],
        _ => text["Withdrawn"],
    };

    public string Decision(FieldDecision decision) => decision switch
    {
        FieldDecision.Accepted => text["Accepted"],
        FieldDecision.Declined => text["Declined"],
        _ => text["Waiting for review"],
    };
}
