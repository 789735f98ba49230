using System.Net;
using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Identity;
using Campus.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Web.Tests;

[Collection(HostCollection.Name)]
public sealed class SignInTests(CampusWebFactory host)
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = host.CreatePortalClient();

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Demo_parent_signs_in_and_lands_on_the_message_center()
    {
        using var client = host.CreatePortalClient();

        var response = await client.SignInAsync(DemoAccounts.Parent);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/");
        Assert.Equal("Message Center", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("li.message"));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        using var client = host.CreatePortalClient();

        var response = await client.SignInAsync(DemoAccounts.Parent2, "not the password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("The email or password is not correct.", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Empty_fields_get_a_message_beside_each()
    {
        using var client = host.CreatePortalClient();

        var response = await client.SignInAsync("", "");

        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Enter your email address.", page.QuerySelector("#email-error")!.TextContent.Trim());
        Assert.Equal("Enter your password.", page.QuerySelector("#password-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        var response = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.Http.GetAsync("/family");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Sign_out_without_antiforgery_token_is_refused()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        var response = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/family")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        const string email = "lockout-test@demo.campus.test";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CampusUser>>();
            var created = await users.CreateAsync(new CampusUser { UserName = email, Email = email }, CampusWebFactory.DemoPassword);
            Assert.True(created.Succeeded);
        }

        using var client = host.CreatePortalClient();
        for (var i = 0; i < CampusWebFactory.MaxFailedAccessAttempts; i++)
        {
            await client.SignInAsync(email, "wrong password");
        }

        var response = await client.SignInAsync(email, CampusWebFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync());
        await using var check = host.Services.CreateAsyncScope();
        var user = await check.ServiceProvider.GetRequiredService<UserManager<CampusUser>>().FindByEmailAsync(email);
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task There_is_no_self_registration()
    {
        using var client = host.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Account/Register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Identity/Account/Register")).StatusCode);
    }
}
