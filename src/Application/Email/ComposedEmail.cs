namespace Campus.Application.Email;

public sealed record ComposedEmail(string Subject, string TextBody, string HtmlBody);
