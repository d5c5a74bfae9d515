/// The article fields a page declares in its head: Open Graph and article meta tags, the canonical
/// link, `<title>`, a `<time datetime>`.
enum HTMLMetadata {
    static func fields(of document: HTMLDocument) -> ArticleFields {
        let meta = document.meta
        func first(_ keys: String...) -> String? {
            keys.lazy.compactMap { meta[$0]?.trimmingScalars() }.first { !$0.isEmpty }
        }
        var fields = ArticleFields()
        fields.publisher = first("og:site_name", "application-name", "publisher", "dc.publisher")
        fields.title = first("og:title", "twitter:title", "dc.title", "headline")
            ?? document.title.map { trimmingSiteName($0, site: fields.publisher) }
        fields.url = first("og:url") ?? document.canonical
        let dates = [first("article:published_time", "datepublished", "date", "pubdate", "publishdate",
                           "publish-date", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date"),
                     document.time]
        fields.published = dates.lazy.compactMap { $0.flatMap(PublishedDate.normalize) }.first
        if let author = first("author", "article:author", "byl", "dc.creator"), !author.hasPrefix("http") {
            let lower = author.lowercased()
            fields.byline = lower.hasPrefix("by ") ? String(author.dropFirst(3)) : author
        }
        return fields
    }

    /// `"Troops reach Kursk | The Daily Post"` → `"Troops reach Kursk"` when the site is "The Daily Post".
    static func trimmingSiteName(_ title: String, site: String?) -> String {
        guard let site, !site.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " · "] {
            if title.hasSuffix(separator + site) { return String(title.dropLast(separator.count + site.count)) }
            if title.hasPrefix(site + separator) { return String(title.dropFirst(separator.count + site.count)) }
        }
        return title
    }
}
