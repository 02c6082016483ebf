# The website, as compose names it. Health is checked on a static file, so the probe costs the
# website nothing; while it fails, Varnish answers from what it holds (see newsroom.vcl).
backend website {
  .host = "web";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = {
    .url = "/icon.svg";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
  }
}
