using System.Globalization;
using System.Net;
using System.Text;
using Campus.Application.ChangeRequests;
using Campus.Application.Email;
using Campus.Domain.ChangeRequests;
using Campus.Web.Hosting;
using Microsoft.Extensions.Localization;

namespace Campus.Web.ChangeRequests;

/// <summary>
/// The decision email, in plain text and HTML, in the recipient's language: what was asked, the decision field by
/// field, the reason, the student where there is one, and a link to the portal.
/// </summary>
public sealed class DecisionEmailComposer(IStringLocalizer<SharedResource> text, ChangeRequestText kindText, PortalAddress portal) : IDecisionEmailComposer
{
    public ComposedEmail Compose(DecisionEmail email)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(CampusCultures.Supported(email.Culture));
        try
        {
            return Build(email);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private ComposedEmail Build(DecisionEmail email)
    {
        var kind = kindText.Title(email.Kind);
        var decision = kindText.Status(email.Status);
        var subject = text["Your request about {0}: {1}", kind, decision];
        var intro = email.StudentName is not null
            ? text["School staff reviewed your request to change {0} for {1}.", kind, email.StudentName]
            : text["School staff reviewed your request to change {0} ({1}).", kind, email.TargetName];
        var lines = email.Fields
            .Select(f => (Label: kindText.FieldName(email.Kind, f.Label, f.Subject), Value: f.RequestedValue ?? "—", Decision: kindText.Decision(f.Decision)))
            .ToList();
        var reason = email.Reason is null ? null : text["Reason: {0}", email.Reason].Value;
        var effective = email.EffectiveDate is { } date && email.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.PartlyApproved
            ? text["The change takes effect on {0}.", date.ToString("D", CultureInfo.CurrentCulture)].Value
            : null;
        var link = text["Sign in to the portal to see your information: {0}", portal.BaseUrl].Value;

        var plain = new StringBuilder()
            .AppendLine(text["Hello {0},", email.RecipientName])
            .AppendLine()
            .AppendLine(intro)
            .AppendLine(text["Decision: {0}", decision])
            .AppendLine();
        foreach (var line in lines)
        {
            plain.AppendLine(CultureInfo.CurrentCulture, $"- {line.Label}: {line.Value} ({line.Decision})");
        }

        if (effective is not null)
        {
            plain.AppendLine().AppendLine(effective);
        }

        if (reason is not null)
        {
            plain.AppendLine().AppendLine(reason);
        }

        plain.AppendLine().AppendLine(link);

        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(text["Hello {0},", email.RecipientName])}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(intro)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>{Encode(text["Decision: {0}", decision])}</strong></p><ul>");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(line.Label)}: {Encode(line.Value)} ({Encode(line.Decision)})</li>");
        }

        html.Append("</ul>");
        if (effective is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(effective)}</p>");
        }

        if (reason is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(reason)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(portal.BaseUrl)}\">{Encode(text["Open the Campus Parent Portal"])}</a></p>");
        return new ComposedEmail(subject, plain.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
