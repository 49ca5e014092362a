namespace Fulfillment.IdentityProvider.SignIn;

/// <summary>The headers every page of the provider is sent with: nothing loads from elsewhere, nothing frames it.</summary>
public static class SecurityHeaders
{
    // No form-action: after the form, the browser follows redirects to the client's own origin, which form-action
    // would block.
    public const string ContentSecurityPolicy = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XFrameOptions = "DENY";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }
}
