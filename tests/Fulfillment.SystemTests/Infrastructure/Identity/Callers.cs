namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>Requests sent as one of the test people (signed in through the shared provider) or as nobody at all.</summary>
public static class Callers
{
    /// <param name="person">A <see cref="TestPeople"/> name; null sends the request without any token.</param>
    public static async Task<HttpResponseMessage> SendAsAsync(this HttpClient service, HttpRequestMessage request, string? person)
    {
        if (person is null)
        {
            // The service's own client carries the admin's token by default: an anonymous call needs a client without it.
            using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };
            return await anonymous.SendAsync(request);
        }

        request.Authorize(await (await TestIdentityProvider.SharedAsync()).Tokens.PersonAsync(person));
        return await service.SendAsync(request);
    }
}
