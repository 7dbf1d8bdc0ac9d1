SELECT development_id, article_id, outlet_id, outlet, title, url, published, is_first
FROM development_reports
WHERE development_id = $development_id
ORDER BY published, article_id;
