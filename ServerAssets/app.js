// sdw serve
